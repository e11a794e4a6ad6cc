/** A picked file's bytes as base64, for the api (which reads the file itself). */
export function readBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(file);
  });
}

/** A picked file's text (a key file, a receipt). */
export function readText(file: File): Promise<string> {
  return file.text();
}
