import type * as React from 'react';
import { Page, type ProtectProps } from '@strapi/strapi/admin';

/**
 * `Inner` as a settings page for admins holding one of `permissions`: Strapi's `Page.Protect`
 * shows its loader while it checks, and its no-permission page to the others.
 */
export function protectedPage(permissions: NonNullable<ProtectProps['permissions']>, Inner: React.ComponentType): React.ComponentType {
  function ProtectedPage() {
    return (
      <Page.Protect permissions={permissions}>
        <Inner />
      </Page.Protect>
    );
  }
  ProtectedPage.displayName = `Protected(${Inner.displayName ?? Inner.name})`;
  return ProtectedPage;
}
