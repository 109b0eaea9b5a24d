/**
 * The heavy libraries, loaded on first use instead of at start: the API thread never calls them (it
 * hands PDF and Excel work to the worker pool), and a worker loads only what its task needs.
 */
export const loadExcelJs = async () => (await import('exceljs')).default;
export const loadPdfmake = async () => (await import('pdfmake')).default;
export const loadDocx = async () => import('docx');
export const loadResvg = async () => import('@resvg/resvg-js');
