/**
 * The console's frame: signed out, the sign-in form; signed in, a side bar of every page, the account
 * switcher (one entry per signed-in key pair) and the page the route names.
 */
import { useMemo, useState } from 'preact/hooks';
import { AppContext, type AppContextValue } from './app-context.js';
import { clientsFor } from './aws/clients.js';
import { loadSessions, saveSessions, type ConsoleSession, type StoredSessions } from './aws/session.js';
import { matchNav, type NavEntry } from './nav.js';
import { Home } from './pages/home.js';
import { iamNav } from './pages/iam/nav.js';
import { imageBuilderNav } from './pages/imagebuilder/nav.js';
import { SignIn } from './pages/sign-in.js';
import { toolsNav } from './pages/tools/nav.js';
import { href, useRoute } from './router.js';

const NAV: readonly NavEntry[] = [...iamNav, ...toolsNav, ...imageBuilderNav];

function SideBar(props: { current: NavEntry | undefined }) {
  const groups = [...new Set(NAV.map((entry) => entry.group))];
  return (
    <nav class="side-bar">
      <a class="brand" href={href()}>
        ibiam
      </a>
      {groups.map((group) => (
        <div key={group} class="nav-group">
          <h2>{group}</h2>
          {NAV.filter((entry) => entry.group === group).map((entry) => (
            <a
              key={entry.path}
              href={href(...entry.path.split('/'))}
              class={entry === props.current ? 'active' : ''}
            >
              {entry.label}
            </a>
          ))}
        </div>
      ))}
    </nav>
  );
}

function AccountSwitcher(props: { app: AppContextValue; onAdd: () => void }) {
  const { app } = props;
  return (
    <div class="account-switcher">
      <select
        aria-label="Signed-in principal"
        value={String(app.sessions.indexOf(app.session))}
        onChange={(event) => app.switchTo(Number(event.currentTarget.value))}
      >
        {app.sessions.map((session, index) => (
          <option key={index} value={String(index)}>
            {session.accountId} — {session.arn.split(':').slice(5).join(':')}
          </option>
        ))}
      </select>
      <button type="button" class="secondary" onClick={props.onAdd}>
        Add account
      </button>
      <button type="button" class="secondary" onClick={app.signOut}>
        Sign out
      </button>
    </div>
  );
}

export function App() {
  const [stored, setStored] = useState<StoredSessions>(loadSessions);
  const [adding, setAdding] = useState(false);
  const route = useRoute();
  const update = (next: StoredSessions) => {
    saveSessions(next);
    setStored(next);
  };
  const session = stored.sessions[stored.current];
  const app = useMemo((): AppContextValue | undefined => {
    if (!session) return undefined;
    return {
      session,
      clients: clientsFor(session),
      sessions: stored.sessions,
      switchTo: (index) => update({ ...stored, current: index }),
      addSession: (added: ConsoleSession) => {
        const others = stored.sessions.filter(
          (s) => s.credentials.accessKeyId !== added.credentials.accessKeyId,
        );
        update({ sessions: [...others, added], current: others.length });
      },
      signOut: () => {
        const sessions = stored.sessions.filter((s) => s !== session);
        update({ sessions, current: sessions.length - 1 });
      },
    };
  }, [stored]);

  if (!app || adding) {
    return (
      <SignIn
        onSignedIn={(added) => {
          setAdding(false);
          const others = stored.sessions.filter(
            (s) => s.credentials.accessKeyId !== added.credentials.accessKeyId,
          );
          update({ sessions: [...others, added], current: others.length });
        }}
        {...(app ? { onCancel: () => setAdding(false) } : {})}
      />
    );
  }
  const matched = matchNav(NAV, route.segments);
  return (
    <AppContext.Provider value={app}>
      <div class="layout">
        <SideBar current={matched?.entry} />
        <div class="main">
          <AccountSwitcher app={app} onAdd={() => setAdding(true)} />
          {/* A new key per session and route: switching accounts reloads the page's data. */}
          <div key={`${stored.current} ${route.segments.join('/')}`} class="page">
            {matched ? matched.entry.render(matched.rest, route.query) : <Home />}
          </div>
        </div>
      </div>
    </AppContext.Provider>
  );
}
