/**
 * What every page may use: the current session, its SDK clients, and the other signed-in sessions.
 */
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { Clients } from './aws/clients.js';
import type { ConsoleSession } from './aws/session.js';

export interface AppContextValue {
  readonly session: ConsoleSession;
  readonly clients: Clients;
  readonly sessions: readonly ConsoleSession[];
  /** Makes another signed-in session current (switch account or principal). */
  switchTo(index: number): void;
  /** Adds a session (signing in with another key pair) and makes it current. */
  addSession(session: ConsoleSession): void;
  signOut(): void;
}

export const AppContext = createContext<AppContextValue | undefined>(undefined);

export function useApp(): AppContextValue {
  const value = useContext(AppContext);
  if (!value) throw new Error('useApp outside a signed-in console');
  return value;
}
