import { fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeNetwork, json, renderRoutes } from '../../test/render';
import ForgotPasswordPage from './ForgotPasswordPage';
import ResetPasswordPage from './ResetPasswordPage';
import SignInPage from './SignInPage';

const TOKEN = 'k'.repeat(43);
const sentMessage = { ok: true, message: 'If an account uses this address, we have sent a link.' };
const unusable = { error: { code: 'not_found', message: 'This link has expired or has already been used.', requestId: 'r1' } };

function renderAt(path: string) {
  return renderRoutes(
    [
      { path: '/forgot-password', element: <ForgotPasswordPage /> },
      { path: '/reset-password', element: <ResetPasswordPage /> },
      { path: '/sign-in', element: <SignInPage /> },
    ],
    path,
  );
}

describe('forgotten password', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('the sign-in page links to it, and asking shows the one confirmation that never says whether an account exists', async () => {
    const network = fakeNetwork({ 'POST /api/v1/password-reset': () => json(202, sentMessage) });
    vi.stubGlobal('fetch', network.fetch);
    const { router } = renderAt('/sign-in');
    fireEvent.click(screen.getByRole('link', { name: 'Forgot your password?' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Forgot your password?' })).toBeTruthy();
    expect(router.state.location.pathname).toBe('/forgot-password');

    fireEvent.change(screen.getByRole('textbox', { name: 'Email' }), { target: { value: ' dana@harbour.example ' } });
    fireEvent.click(screen.getByRole('button', { name: 'Send me a link' }));
    expect((await screen.findByTestId('reset-link-sent')).textContent).toContain('If an account uses this address, we have sent a link');
    expect(network.calls.map((c) => c.body)).toEqual([{ email: 'dana@harbour.example' }]);
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
  });

  it('the mailed link takes the token from the fragment, out of the address, sets the password typed twice, then goes to sign in', async () => {
    const network = fakeNetwork({ 'POST /api/v1/password-reset/complete': () => json(200, { email: 'dana@harbour.example' }) });
    vi.stubGlobal('fetch', network.fetch);
    const { router } = renderAt(`/reset-password#token=${TOKEN}`);
    expect(await screen.findByRole('heading', { level: 1, name: 'Choose a new password' })).toBeTruthy();
    await vi.waitFor(() => expect(router.state.location.hash).toBe(''));

    fireEvent.change(screen.getByLabelText(/^New password/), { target: { value: 'harbour lights at dusk' } });
    fireEvent.change(screen.getByLabelText(/^Type it again/), { target: { value: 'harbour lights at dawn' } });
    fireEvent.click(screen.getByRole('button', { name: 'Set my new password' }));
    expect(await screen.findByText('The two passwords are not the same.')).toBeTruthy();
    expect(network.calls).toHaveLength(0);

    fireEvent.change(screen.getByLabelText(/^Type it again/), { target: { value: 'harbour lights at dusk' } });
    fireEvent.click(screen.getByRole('button', { name: 'Set my new password' }));
    expect(await screen.findByText(/Your new password is set/)).toBeTruthy();
    expect(network.calls.map((c) => c.body)).toEqual([{ token: TOKEN, password: 'harbour lights at dusk' }]);
    expect(router.state.location.pathname).toBe('/sign-in');
    expect((screen.getByRole('textbox', { name: 'Email' }) as HTMLInputElement).value).toBe('dana@harbour.example');
  });

  it('a used or expired link says so and offers a new one', async () => {
    vi.stubGlobal('fetch', fakeNetwork({ 'POST /api/v1/password-reset/complete': () => json(404, unusable) }).fetch);
    renderAt(`/reset-password#token=${TOKEN}`);
    fireEvent.change(await screen.findByLabelText(/^New password/), { target: { value: 'harbour lights at dusk' } });
    fireEvent.change(screen.getByLabelText(/^Type it again/), { target: { value: 'harbour lights at dusk' } });
    fireEvent.click(screen.getByRole('button', { name: 'Set my new password' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'This link cannot be used' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Ask for a new link' }).getAttribute('href')).toBe('/forgot-password');
  });

  it('a link without a token is not usable', async () => {
    renderAt('/reset-password');
    expect(await screen.findByRole('heading', { level: 1, name: 'This link cannot be used' })).toBeTruthy();
  });
});

describe('signed out for being idle', () => {
  it('the sign-in page says calmly why, with the minutes', async () => {
    renderAt('/sign-in?idle=30&next=%2Fclients');
    expect((await screen.findByTestId('signed-out-idle')).textContent).toContain('signed out after 30 minutes without activity');
    expect(screen.getByRole('link', { name: 'see who you can talk to' }).getAttribute('href')).toBe('/help');
  });
});
