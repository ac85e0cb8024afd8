import type * as http from "node:http";

declare const forwardedFor: {
  clientAddress(forwardedFor: string | string[] | undefined, remoteAddress: string | undefined, hops: number): string | null;
  hopsFromEnv(value: string | undefined): number;
  install(hops: number, httpModule?: typeof http): () => void;
};

export = forwardedFor;
