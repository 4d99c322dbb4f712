// React Router's few parts that the participant's pages use (BrowserRouter, Routes/Route with `:param` and `*`,
// Link, Navigate, useNavigate, useParams, useLocation), in the survey's page only: vite.survey.config.ts aliases
// 'react-router' to this file, so the survey's components are the app's, unchanged. The whole of React Router was
// a quarter of the survey's code (37 of 158 KB), and the page must fit in one response on a slow 3G link
// (docs/performance.md). Navigation state is kept where React Router keeps it (history.state.usr).
import type { MouseEvent, ReactElement, ReactNode } from 'react';
import { Children, createContext, isValidElement, useContext, useEffect, useSyncExternalStore } from 'react';

export type Location = { pathname: string; search: string; hash: string; state: unknown; key: string };
type NavigateOptions = { replace?: boolean; state?: unknown };
type RouteProps = { path: string; element: ReactNode };

const listeners = new Set<() => void>();
/** The address as last read (on the first render, and after each navigation). */
let current: Location | null = null;

function readLocation(): Location {
  const { pathname, search, hash } = window.location;
  const saved = window.history.state as { usr?: unknown; key?: string } | null;
  return { pathname, search, hash, state: saved?.usr ?? null, key: saved?.key ?? 'default' };
}

function changed() {
  current = readLocation();
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void) {
  if (listeners.size === 0) window.addEventListener('popstate', changed);
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) window.removeEventListener('popstate', changed);
  };
}

function navigateTo(to: string, { replace = false, state = null }: NavigateOptions = {}) {
  const entry = { usr: state, key: Math.random().toString(36).slice(2, 10) };
  if (replace) window.history.replaceState(entry, '', to);
  else window.history.pushState(entry, '', to);
  changed();
}

const LocationContext = createContext<Location>({ pathname: '/', search: '', hash: '', state: null, key: 'default' });
const ParamsContext = createContext<Record<string, string | undefined>>({});

export function BrowserRouter({ children }: { children: ReactNode }) {
  const location = useSyncExternalStore(subscribe, () => (current ??= readLocation()));
  return <LocationContext.Provider value={location}>{children}</LocationContext.Provider>;
}

/** The params of `pattern` ('/join/:code', '*') in `pathname`, or null when it does not match. */
export function matchPath(pattern: string, pathname: string): Record<string, string> | null {
  if (pattern === '*') return {};
  const wanted = pattern.split('/').filter(Boolean);
  const parts = pathname.split('/').filter(Boolean);
  if (wanted.length !== parts.length) return null;
  const params: Record<string, string> = {};
  for (const [i, segment] of wanted.entries()) {
    if (segment.startsWith(':')) {
      try {
        params[segment.slice(1)] = decodeURIComponent(parts[i]!);
      } catch {
        return null;
      }
    } else if (segment !== parts[i]) return null;
  }
  return params;
}

export function Routes({ children }: { children: ReactNode }) {
  const { pathname } = useContext(LocationContext);
  for (const child of Children.toArray(children)) {
    if (!isValidElement<RouteProps>(child)) continue;
    const params = matchPath(child.props.path, pathname);
    if (params) return <ParamsContext.Provider value={params}>{child.props.element}</ParamsContext.Provider>;
  }
  return null;
}

/** A route of <Routes>: it renders nothing by itself. */
export function Route(_props: RouteProps): ReactElement | null {
  return null;
}

export function useLocation(): Location {
  return useContext(LocationContext);
}

export function useParams(): Record<string, string | undefined> {
  return useContext(ParamsContext);
}

export function useNavigate(): (to: string, options?: NavigateOptions) => void {
  return navigateTo;
}

export function Navigate({ to, replace, state }: { to: string } & NavigateOptions) {
  useEffect(() => navigateTo(to, { replace, state }), [to, replace, state]);
  return null;
}

export function Link({ to, children, ...rest }: { to: string; children?: ReactNode; className?: string }) {
  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    // A new tab, a download or a modified click stay the browser's.
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    navigateTo(to);
  };
  return (
    <a href={to} onClick={onClick} {...rest}>
      {children}
    </a>
  );
}
