import * as React from 'react';
import { Flex, Typography } from '@strapi/design-system';

/** A titled part of the newsroom panel. */
export function Section({ title, children }: { title: string; children: React.ReactNode }) {
  const headingId = React.useId();
  return (
    <Flex tag="section" aria-labelledby={headingId} direction="column" alignItems="stretch" gap={2}>
      <Typography id={headingId} tag="h3" variant="sigma" textColor="neutral600">
        {title}
      </Typography>
      {children}
    </Flex>
  );
}
