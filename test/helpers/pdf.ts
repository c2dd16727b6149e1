// Reads a PDF back the way a reader and a phone would, with nothing but npm packages (so `npm test`
// needs no Debian tools): pdfjs-dist extracts the text, page sizes and document information, and
// renders a page through @napi-rs/canvas (prebuilt in its npm package) for jsQR to find QR codes in.
import { readFileSync } from 'node:fs';
// jsqr is CommonJS: the default import is its module object, whose `default` is the decoder.
import jsQRModule from 'jsqr';

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
let pdfjs: Promise<PdfJs> | undefined;
// The legacy build is the one that runs on Node 20; loaded once per test file.
const loadPdfJs = () => {
  pdfjs ??= import('pdfjs-dist/legacy/build/pdf.mjs');
  return pdfjs;
};

async function openPdf(path: string) {
  const { getDocument } = await loadPdfJs();
  // pdfjs takes ownership of the bytes it is given, so it gets its own copy.
  return getDocument({
    data: new Uint8Array(readFileSync(path)),
    useSystemFonts: false,
    isEvalSupported: false,
    verbosity: 0,
  }).promise;
}

export interface PdfContent {
  /** Every page's text, lines joined with "\n" and pages with "\f" (as pdftotext writes them). */
  text: string;
  pages: number;
  /** Width and height of each page in points. */
  pageSizes: [number, number][];
  /** The document information dictionary: Title, Author, … and custom keys such as VerificationCode. */
  info: Record<string, string>;
}

/** Text, page sizes and document information of a PDF. */
export async function readPdf(path: string): Promise<PdfContent> {
  const doc = await openPdf(path);
  try {
    const pageTexts: string[] = [];
    const pageSizes: [number, number][] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const [x0, y0, x1, y1] = page.view as [number, number, number, number];
      pageSizes.push([x1 - x0, y1 - y0]);
      const content = await page.getTextContent();
      let text = '';
      for (const item of content.items) {
        if (!('str' in item)) continue;
        text += item.str;
        if (item.hasEOL) text += '\n';
      }
      pageTexts.push(text);
    }
    const info = (await doc.getMetadata()).info as Record<string, unknown>;
    const flat: Record<string, string> = {};
    for (const [key, value] of Object.entries(info)) {
      if (typeof value === 'string') flat[key] = value;
      // Keys outside the standard set come back grouped under Custom.
      if (key === 'Custom' && value && typeof value === 'object')
        for (const [k, v] of Object.entries(value)) if (typeof v === 'string') flat[k] = v;
    }
    return { text: pageTexts.join('\f'), pages: doc.numPages, pageSizes, info: flat };
  } finally {
    await doc.destroy();
  }
}

/** The text of a PDF in reading order. */
export async function pdfText(path: string): Promise<string> {
  return (await readPdf(path)).text;
}

/**
 * What the QR code on a page says, or undefined when none is found: the page rendered at `scale` (2 is
 * 144 dpi, as a phone held over a printed A4 sees it) and decoded by jsQR, which reads one code.
 */
export async function qrCodeOnPage(path: string, pageNumber = 1, scale = 2): Promise<string | undefined> {
  const doc = await openPdf(path);
  try {
    const page = await doc.getPage(pageNumber);
    const viewport = page.getViewport({ scale });
    const { createCanvas } = await import('@napi-rs/canvas');
    const canvas = createCanvas(Math.ceil(viewport.width), Math.ceil(viewport.height));
    const context = canvas.getContext('2d');
    // Paper is white; an unpainted canvas is transparent, which jsQR would read as black.
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, canvas.width, canvas.height);
    // @napi-rs/canvas is what pdfjs itself uses on Node; its types are not the DOM's.
    const target = { canvas, canvasContext: context, viewport };
    await page.render(target as unknown as Parameters<typeof page.render>[0]).promise;
    const image = context.getImageData(0, 0, canvas.width, canvas.height);
    const found = jsQRModule.default(new Uint8ClampedArray(image.data.buffer), image.width, image.height, {
      inversionAttempts: 'dontInvert',
    });
    return found?.data;
  } finally {
    await doc.destroy();
  }
}
