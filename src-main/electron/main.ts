import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { app, BrowserWindow, dialog, ipcMain, session } from 'electron';
import { errorMessage, pickLocale } from '../core/api/messages';
import { type Core, startCore } from '../core/app';
import { AppError } from '../core/errors';
import { DB_FILE_NAME, resolveMigrationsFolder } from '../core/paths';
import { bindIpc } from './ipc';
import { guardSession, guardWebContents, secureWindowOptions } from './security';

// Electron's door: lifecycle, one hardened window, IPC bound to the shared router.

const rendererDir = join(__dirname, '..', 'renderer');
const trusted = {
  fileRoot: pathToFileURL(rendererDir).toString(),
  devOrigin: !app.isPackaged ? process.env.ELECTRON_RENDERER_URL : undefined,
};

function dbPathFromArgs(): string {
  const i = process.argv.indexOf('--db');
  const given = i >= 0 ? process.argv[i + 1] : undefined;
  return given ?? join(app.getPath('userData'), DB_FILE_NAME);
}

let core: Core | null = null;
let mainWindow: BrowserWindow | null = null;

async function start(): Promise<void> {
  const dbPath = dbPathFromArgs();
  const locale = pickLocale(app.getLocale().slice(0, 2));
  try {
    // A damaged file does not end up here: the host opens in recovery mode and the window
    // explains it and offers the newest good backup.
    core = await startCore({
      jobs: true,
      dbPath,
      door: 'electron',
      migrationsFolder: resolveMigrationsFolder(__dirname),
      backups: {},
      onInternalError: (procedure, err) =>
        console.error(`internal error in ${procedure}`, (err as Error)?.stack),
      onBackupError: (err) => console.error('automatic backup failed', (err as Error)?.message),
    });
  } catch (err) {
    const message =
      err instanceof AppError ? errorMessage(err.code, locale) : errorMessage('INTERNAL', locale);
    dialog.showErrorBox('Qamqor', message);
    app.exit(1);
    return;
  }
  guardSession(session.defaultSession);
  bindIpc(ipcMain, core.router, trusted);

  mainWindow = new BrowserWindow(secureWindowOptions(join(__dirname, '..', 'preload', 'preload.js')));
  guardWebContents(mainWindow.webContents, trusted);
  mainWindow.once('ready-to-show', () => mainWindow?.show());
  if (trusted.devOrigin) await mainWindow.loadURL(trusted.devOrigin);
  else await mainWindow.loadFile(join(rendererDir, 'index.html'));
}

let quitting = false;

/** One last verified backup before the app goes away, then close the database. */
async function finishAndQuit(): Promise<void> {
  await core?.shutdown();
  core = null;
  app.quit();
}

// `Qamqor.exe --cli <command> …`: the same commands as `qamqor` (bin/qamqor.cjs), without a window,
// for Windows Task Scheduler on an installed workstation (the fuses forbid running as plain Node).
// The CLI is its own bundle (cli.js beside this file), loaded only here.
const cliAt = process.argv.indexOf('--cli');
if (cliAt >= 0) {
  const { runCli } = require(join(__dirname, 'cli.js')) as { runCli(argv: string[]): Promise<number> };
  void runCli(process.argv.slice(cliAt + 1)).then(
    (code) => app.exit(code),
    () => app.exit(1),
  );
} else if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    if (mainWindow) {
      if (mainWindow.isMinimized()) mainWindow.restore();
      mainWindow.focus();
    }
  });
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents, trusted));
  app.whenReady().then(start);
  app.on('window-all-closed', () => app.quit());
  app.on('before-quit', (event) => {
    if (quitting) return;
    quitting = true;
    event.preventDefault();
    void finishAndQuit();
  });
}
