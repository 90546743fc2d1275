// The app's long-lived services (database, host platform), handed to components by context so
// that tests and the benchmark can give them their own.
import { createContext, useContext, type ReactNode } from 'react';
import type { ReadoutDatabase } from '../../data/schema/db';
import type { Platform } from '../../platform';

export interface Services {
  db: ReadoutDatabase;
  platform: Platform;
}

const ServicesContext = createContext<Services | null>(null);

export function ServicesProvider({ services, children }: { services: Services; children: ReactNode }) {
  return <ServicesContext.Provider value={services}>{children}</ServicesContext.Provider>;
}

export function useServices(): Services {
  const services = useContext(ServicesContext);
  if (!services) throw new Error('useServices outside ServicesProvider');
  return services;
}
