import { Stack, Text, Title } from '@mantine/core';
import { useEffect, type ReactNode } from 'react';

interface PageProps {
  /** The page's one h1, also the document title. */
  title: string;
  intro?: ReactNode;
  children?: ReactNode;
}

/** A page's heading and body: one h1 per page, sections below use h2. */
export function Page({ title, intro, children }: PageProps) {
  usePageTitle(title);
  return (
    <Stack gap="lg">
      <Stack gap="xs">
        <Title order={1}>{title}</Title>
        {intro ? <Text size="lg">{intro}</Text> : null}
      </Stack>
      {children}
    </Stack>
  );
}

/** Names the browser tab after the page, so screen readers announce where the person is. */
export function usePageTitle(title: string): void {
  useEffect(() => {
    document.title = `${title} · Steadfast`;
  }, [title]);
}
