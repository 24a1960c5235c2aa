import { createContext, useContext } from 'react';
import type { AuthController } from './session';

export const AuthContext = createContext<AuthController | null>(null);

export function useAuth(): AuthController {
  const controller = useContext(AuthContext);
  if (!controller) throw new Error('useAuth outside an auth provider');
  return controller;
}
