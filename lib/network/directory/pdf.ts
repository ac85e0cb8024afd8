import "server-only";
import path from "node:path";
import PDFDocument from "pdfkit";
import type { DirectoryRow } from "@/db/queries/network-directory";
import { directoryStrings } from "../i18n/directory";
import { intlLocale, type NetworkLocale, pick } from "../i18n/locale";
import type { AlumniField, NetworkViewer } from "../matrix";
import { describeCriteria, directoryColumns, formatFieldValue } from "./columns";
import type { DirectoryFilters } from "./params";

/**
 * The printed directory list (the specification allows printing lists as PDF only): title,
 * date, criteria, then one column per field the viewer sees (directoryColumns, the same as the
 * results table), page numbers in the footer.
 *
 * DejaVu Sans (package dejavu-fonts-ttf, free licence: Bitstream Vera derivative, see its
 * LICENSE) is embedded so every name prints, accents and non-Latin letters included; PDF's
 * standard fonts cover Western European letters only.
 */

const FONT_DIR = path.join(process.cwd(), "node_modules", "dejavu-fonts-ttf", "ttf");
const FONT_REGULAR = path.join(FONT_DIR, "DejaVuSansCondensed.ttf");
const FONT_BOLD = path.join(FONT_DIR, "DejaVuSansCondensed-Bold.ttf");

/** Relative column widths: short values (year) narrow, e-mail wide. */
const WEIGHTS: Record<AlumniField, number> = {
  countryOfOrigin: 1.1,
  countryOfActivity: 1.1,
  lastName: 1.1,
  firstName: 1,
  schoolOfOrigin: 1.2,
  company: 1.2,
  position: 1.2,
  trainingType: 1,
  speciality: 1.3,
  school: 1,
  year: 0.75,
  internshipCompany: 1.2,
  contactEmail: 1.6,
  contactPhone: 1.1,
};

const MARGIN = 36;
const CELL_PADDING = 3;
const MAX_ROW_HEIGHT = 160;
const FOOTER_HEIGHT = 24;
/** Beyond this many columns, landscape. */
const PORTRAIT_MAX_COLUMNS = 7;

export type DirectoryPdfInput = {
  viewer: NetworkViewer;
  locale: NetworkLocale;
  rows: DirectoryRow[];
  /** Applied criteria only (never a refused one). */
  filters: DirectoryFilters;
  total: number;
  /** The most rows printed; `total` beyond it is said in the heading. */
  cap: number;
  generatedAt: Date;
  /** Tests read the text more easily from uncompressed streams; the route keeps the default. */
  compress?: boolean;
};

export async function buildDirectoryPdf(input: DirectoryPdfInput): Promise<Buffer> {
  const t = pick(directoryStrings, input.locale);
  const columns = directoryColumns(input.viewer, input.locale);
  const layout = columns.length > PORTRAIT_MAX_COLUMNS ? "landscape" : "portrait";
  const fontSize = columns.length > 10 ? 7.5 : 8.5;
  const doc = new PDFDocument({
    size: "A4",
    layout,
    margins: { top: MARGIN, bottom: MARGIN + FOOTER_HEIGHT, left: MARGIN, right: MARGIN },
    bufferPages: true,
    compress: input.compress ?? true,
    lang: intlLocale(input.locale),
    displayTitle: true,
    info: { Title: t.pdf.title, Creator: "Passerelle" },
    autoFirstPage: true,
  });
  const chunks: Buffer[] = [];
  doc.on("data", (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });
  doc.registerFont("regular", FONT_REGULAR);
  doc.registerFont("bold", FONT_BOLD);

  const left = doc.page.margins.left;
  const tableWidth = doc.page.width - doc.page.margins.left - doc.page.margins.right;
  const weightSum = columns.reduce((sum, column) => sum + WEIGHTS[column.field], 0);
  const widths = columns.map((column) => (tableWidth * WEIGHTS[column.field]) / weightSum);
  const bottom = () => doc.page.height - doc.page.margins.bottom;

  // Heading.
  doc.font("bold").fontSize(15).fillColor("#0b2a4a").text(t.pdf.title);
  const date = new Intl.DateTimeFormat(intlLocale(input.locale), { dateStyle: "long", timeStyle: "short", timeZone: "Europe/Paris" }).format(
    input.generatedAt,
  );
  doc.moveDown(0.3).font("regular").fontSize(9).fillColor("#222222").text(t.pdf.generatedOn(date));
  const criteria = describeCriteria(input.filters, input.locale);
  doc.text(t.pdf.criteria(criteria.length > 0 ? criteria.map((c) => `${c.label} = ${c.value}`).join(" ; ") : t.pdf.noCriteria));
  doc.text(t.pdf.count(input.rows.length, input.total));
  if (input.total > input.rows.length && input.rows.length >= input.cap) doc.font("bold").text(t.pdf.truncated(input.cap, input.total));
  doc.moveDown(0.8);

  const cellHeight = (text: string, width: number) =>
    Math.min(MAX_ROW_HEIGHT, doc.heightOfString(text || " ", { width: width - 2 * CELL_PADDING }) + 2 * CELL_PADDING);

  const drawRow = (texts: string[], options: { header: boolean; shade: boolean }) => {
    doc.font(options.header ? "bold" : "regular").fontSize(fontSize);
    const height = Math.max(...texts.map((text, i) => cellHeight(text, widths[i]!)));
    let y = doc.y;
    if (y + height > bottom()) {
      doc.addPage();
      y = doc.page.margins.top;
      if (!options.header) {
        drawRow(
          columns.map((column) => column.label),
          { header: true, shade: false },
        );
        y = doc.y;
      }
      doc.font(options.header ? "bold" : "regular").fontSize(fontSize);
    }
    if (options.header || options.shade) {
      doc.save().rect(left, y, tableWidth, height).fill(options.header ? "#dfe8f3" : "#f4f6f8").restore();
    }
    let x = left;
    texts.forEach((text, i) => {
      const width = widths[i]!;
      doc.fillColor("#111111").text(text, x + CELL_PADDING, y + CELL_PADDING, {
        width: width - 2 * CELL_PADDING,
        height: height - 2 * CELL_PADDING,
        ellipsis: true,
      });
      x += width;
    });
    doc.save().moveTo(left, y + height).lineTo(left + tableWidth, y + height).lineWidth(0.4).strokeColor("#9aa5b1").stroke().restore();
    doc.x = left;
    doc.y = y + height;
  };

  drawRow(
    columns.map((column) => column.label),
    { header: true, shade: false },
  );
  input.rows.forEach((row, index) => {
    drawRow(
      columns.map((column) => formatFieldValue(column.field, row[column.field], input.locale)),
      { header: false, shade: index % 2 === 1 },
    );
  });

  // Footers, once the page count is known; the bottom margin is lifted so writing there adds no page.
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const margin = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    const y = doc.page.height - MARGIN - 10;
    doc.font("regular").fontSize(7.5).fillColor("#444444");
    doc.text(t.pdf.confidential, left, y, { width: tableWidth, align: "left", lineBreak: false });
    doc.text(t.pdf.page(i - range.start + 1, range.count), left, y, { width: tableWidth, align: "right", lineBreak: false });
    doc.page.margins.bottom = margin;
  }
  doc.end();
  return done;
}
