import { useQuery } from '@tanstack/react-query';
import { meQuery } from './queries';

/** The signed-in account (`data.me`, null when nobody is), asked once and shared by every component that asks. */
export function useMe() {
  return useQuery(meQuery);
}
