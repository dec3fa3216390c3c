import * as React from 'react';
import { Tooltip, Typography } from '@strapi/design-system';
import { Link, useLocation } from 'react-router-dom';
import { TITLE_MARK } from './titles';

/**
 * An article's title in the Content Manager's list: in its own direction
 * (`dir="auto"`, `unicode-bidi: plaintext`), cut with an ellipsis at its
 * logical end, and still the link to the article (a cell with a formatter
 * is no longer the row's link column, so it links itself, keeping the
 * locale the list is showing).
 */
export function ListTitleCell({ title, documentId }: { title: string; documentId: string }) {
  const { search } = useLocation();
  const plugins = new URLSearchParams([...new URLSearchParams(search)].filter(([key]) => key.startsWith('plugins[')));
  const query = plugins.toString();
  return (
    <Tooltip label={title}>
      <Typography
        tag={Link}
        to={{ pathname: documentId, search: query ? `?${query}` : '' }}
        onClick={(event: React.MouseEvent) => event.stopPropagation()}
        textColor="neutral800"
        maxWidth="30rem"
        ellipsis
        dir="auto"
        {...{ [TITLE_MARK]: '' }}
      >
        {title}
      </Typography>
    </Tooltip>
  );
}
