export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Hands a file the api returned (base64) to the browser or Electron's save dialog. */
export function downloadBase64(base64: string, fileName: string, mime: string): void {
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  const url = URL.createObjectURL(new Blob([bytes], { type: mime }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Hands text the api returned (a key file, a receipt) to the browser as a file. */
export function downloadText(content: string, fileName: string, mime = 'application/json'): void {
  downloadBase64(btoa(String.fromCharCode(...new TextEncoder().encode(content))), fileName, mime);
}
