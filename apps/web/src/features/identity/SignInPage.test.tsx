import { fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeNetwork, json, renderRoutes } from '../../test/render';
import SignInPage from './SignInPage';

const user = { id: '5b0c3a3e-2f4e-4f0e-9d49-3a1f6f0c2a10', role: 'clinician', name: 'Dana Reyes' };
const codeRequired = {
  error: { code: 'unauthenticated', message: 'Enter the 6-digit code from your authenticator app.', requestId: 'r1', details: { totpRequired: true } },
};
const wrongCode = {
  error: { code: 'unauthenticated', message: 'That code did not work. Please try the current one.', requestId: 'r2', details: { totpRequired: true } },
};

function renderSignIn(path = '/sign-in') {
  return renderRoutes(
    [
      { path: '/sign-in', element: <SignInPage /> },
      { path: '*', element: <p>Signed in</p> },
    ],
    path,
  );
}

function fill(label: string, value: string) {
  fireEvent.change(screen.getByRole('textbox', { name: label }), { target: { value } });
}

describe('signing in', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('asks for the code from the authenticator app when the account has two-factor sign-in, then signs in with it', async () => {
    const network = fakeNetwork({
      'POST /api/v1/session': (_url, init) => {
        const body = JSON.parse(String(init?.body)) as { totp?: string };
        if (!body.totp) return json(401, codeRequired);
        return body.totp === '123456' ? json(200, { user }) : json(401, wrongCode);
      },
    });
    vi.stubGlobal('fetch', network.fetch);
    const { router } = renderSignIn('/sign-in?next=%2Fclients');

    fill('Email', 'dana@harbour.example');
    fireEvent.change(screen.getByLabelText(/^Password/), { target: { value: 'steadfast-demo' } });
    fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));

    // The code step is the next step, not an error.
    expect(await screen.findByRole('heading', { name: 'One more step', level: 1 })).toBeTruthy();
    expect(screen.queryByRole('alert')).toBeNull();

    fill('Code from your app, or a recovery code', '000000');
    fireEvent.click(screen.getByRole('button', { name: 'Continue' }));
    expect((await screen.findByRole('alert')).textContent).toContain('That code did not work.');

    fill('Code from your app, or a recovery code', ' 123456 ');
    fireEvent.click(screen.getByRole('button', { name: 'Continue' }));
    expect(await screen.findByText('Signed in')).toBeTruthy();
    expect(router.state.location.pathname).toBe('/clients');
    expect(network.calls.map((c) => c.body)).toEqual([
      { email: 'dana@harbour.example', password: 'steadfast-demo' },
      { email: 'dana@harbour.example', password: 'steadfast-demo', totp: '000000' },
      { email: 'dana@harbour.example', password: 'steadfast-demo', totp: '123456' },
    ]);
  });

  it('says plainly when the email and password do not match, and stays on the page', async () => {
    vi.stubGlobal(
      'fetch',
      fakeNetwork({
        'POST /api/v1/session': () => json(401, { error: { code: 'unauthenticated', message: 'That email and password do not match.', requestId: 'r3' } }),
      }).fetch,
    );
    const { router } = renderSignIn();
    fill('Email', 'sam@harbour.example');
    fireEvent.change(screen.getByLabelText(/^Password/), { target: { value: 'not it' } });
    fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    expect((await screen.findByRole('alert')).textContent).toContain('That email and password do not match.');
    expect(router.state.location.pathname).toBe('/sign-in');
  });

  it('never sends the person elsewhere after sign-in than a path on this site', async () => {
    vi.stubGlobal('fetch', fakeNetwork({ 'POST /api/v1/session': () => json(200, { user }) }).fetch);
    const { router } = renderSignIn('/sign-in?next=%2F%2Fevil.example');
    fill('Email', 'dana@harbour.example');
    fireEvent.change(screen.getByLabelText(/^Password/), { target: { value: 'steadfast-demo' } });
    fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByText('Signed in')).toBeTruthy();
    expect(router.state.location.pathname).toBe('/');
  });

  it('offers the crisis screen without signing in', () => {
    renderSignIn();
    expect(screen.getByRole('link', { name: 'see who you can talk to' }).getAttribute('href')).toBe('/help');
  });
});
