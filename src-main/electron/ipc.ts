import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import type { CallMeta, CallResult } from '../core/api/contract';
import { errorMessage } from '../core/api/messages';
import { ipcChannel, PROCEDURE_LIST } from '../core/api/procedure-names';
import type { Router } from '../core/app';
import { isTrustedSender } from './security';

/**
 * One ipcMain.handle per procedure of the contract. Each checks that the call comes from the
 * app's own top-level page before the router sees it.
 */
export function bindIpc(
  ipcMain: Pick<IpcMain, 'handle'>,
  router: Router,
  trusted: { fileRoot: string; devOrigin?: string | undefined },
): void {
  for (const name of PROCEDURE_LIST) {
    ipcMain.handle(
      ipcChannel(name),
      async (event: IpcMainInvokeEvent, input: unknown, meta: CallMeta | undefined) => {
        if (!isTrustedSender(event.senderFrame, trusted)) {
          return {
            ok: false,
            error: { code: 'FORBIDDEN', message: errorMessage('FORBIDDEN', meta?.locale) },
          } satisfies CallResult;
        }
        return router.call(name, input, { session: meta?.session, locale: meta?.locale });
      },
    );
  }
}
