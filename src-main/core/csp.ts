// One Content-Security-Policy for both doors (Electron sets it on its responses, the web bridge
// on its own). Mantine writes inline style attributes, hence 'unsafe-inline' for styles only;
// scripts come only from the app itself, and nothing may be framed, embedded or posted elsewhere.
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "form-action 'none'",
].join('; ');
