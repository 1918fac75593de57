/**
 * Sign in with an access key pair (access key id, secret, optional session token), or as the local
 * default root (`test`/`test`). The server checks the pair: sts:GetCallerIdentity must succeed.
 */
import { useState } from 'preact/hooks';
import { signIn, DEFAULT_ROOT, type ConsoleSession, type Credentials } from '../aws/session.js';
import { ErrorBox, Field } from '../ui/basics.js';

export function SignIn(props: { onSignedIn: (session: ConsoleSession) => void; onCancel?: () => void }) {
  const [accessKeyId, setAccessKeyId] = useState('');
  const [secretAccessKey, setSecretAccessKey] = useState('');
  const [sessionToken, setSessionToken] = useState('');
  const [error, setError] = useState<unknown>(undefined);
  const [busy, setBusy] = useState(false);

  const submit = async (credentials: Credentials) => {
    setBusy(true);
    setError(undefined);
    try {
      props.onSignedIn(await signIn(credentials));
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };

  return (
    <main class="sign-in">
      <h1>ibiam console</h1>
      <p>Sign in with an access key pair. Every request is signed and authorized as that principal.</p>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void submit({
            accessKeyId: accessKeyId.trim(),
            secretAccessKey: secretAccessKey.trim(),
            ...(sessionToken.trim() ? { sessionToken: sessionToken.trim() } : {}),
          });
        }}
      >
        <Field label="Access key ID">
          <input
            name="accessKeyId"
            value={accessKeyId}
            onInput={(e) => setAccessKeyId(e.currentTarget.value)}
          />
        </Field>
        <Field label="Secret access key">
          <input
            name="secretAccessKey"
            type="password"
            value={secretAccessKey}
            onInput={(e) => setSecretAccessKey(e.currentTarget.value)}
          />
        </Field>
        <Field label="Session token (temporary credentials only)">
          <input
            name="sessionToken"
            value={sessionToken}
            onInput={(e) => setSessionToken(e.currentTarget.value)}
          />
        </Field>
        <div class="buttons">
          <button type="submit" disabled={busy || !accessKeyId || !secretAccessKey}>
            Sign in
          </button>
          <button type="button" class="secondary" disabled={busy} onClick={() => void submit(DEFAULT_ROOT)}>
            Sign in as the local default root
          </button>
          {props.onCancel && (
            <button type="button" class="secondary" onClick={props.onCancel}>
              Cancel
            </button>
          )}
        </div>
      </form>
      {error !== undefined && <ErrorBox error={error} />}
    </main>
  );
}
