import { contextBridge, ipcRenderer } from 'electron';
import { ipcChannel, PROCEDURE_LIST } from '../core/api/procedure-names';

// The renderer gets a frozen object with one function per procedure of the contract — never
// ipcRenderer itself and never a channel name it chooses.
const api: Record<string, (input: unknown, meta: unknown) => Promise<unknown>> = {};
for (const name of PROCEDURE_LIST) {
  const channel = ipcChannel(name);
  api[name] = (input, meta) => ipcRenderer.invoke(channel, input, meta);
}
contextBridge.exposeInMainWorld('qamqor', Object.freeze(api));
