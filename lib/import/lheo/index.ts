import "server-only";

// Public surface of the LHEO import pipeline; the other modules of this folder are internals.
export type { Anomaly, AnomalyCode, AnomalyLevel, AnomalySeverity } from "./anomalies";
export { codeLabel, euLevelFor, isKnownCode, LHEO_DICTS, type LheoDictName, REGION_FINANCER_CODE } from "./codes";
export { loadLheoCodes } from "./codes-loader";
export { isLheoRejectedError, LheoRejectedError, type LheoRejectionCode } from "./errors";
export { formatImportRun } from "./format-report";
export { type GenerateLheoOptions, generateLheoChunks, generateLheoStream, writeLheoFile } from "./generator";
export type { FormationChange, FormationChangeKind } from "./import-state";
export { type ImportLheoOptions, type ImportMode, type ImportProgress, type ImportReport, importLheoFile } from "./importer";
export { mapFormation } from "./mapper";
export { DEFAULT_MAX_BYTES, type LheoInput, type LheoVersion, type ParsedFormation, parseLheo } from "./parser";
export { type RunImportOptions, type RunImportResult, runImport } from "./run-import";
export { reindexAfterImport } from "./reindex-after-import";
