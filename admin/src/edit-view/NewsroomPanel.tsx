import type { PanelComponent } from '@strapi/content-manager/strapi-admin';
import { useIntl } from 'react-intl';
import { ARTICLE_UID } from '../../../content-types';
import { message } from '../utils/messages';
import { publishedVersion } from './article';
import { PanelContent } from './PanelContent';

/**
 * Side panel of the Content Manager's edit view, for newsroom articles only:
 * for any other content type it describes nothing, so nothing of the plugin
 * (panel, input directions, styles) is mounted there.
 */
export const NewsroomPanel: PanelComponent = ({ model, document, documentId, meta }) => {
  const { formatMessage } = useIntl();
  if (model !== ARTICLE_UID) return null;
  return {
    title: formatMessage(message('panel.title')),
    content: (
      <PanelContent
        documentLocale={document?.locale}
        documentId={documentId && documentId !== 'create' ? documentId : undefined}
        revision={document?.updatedAt}
        published={publishedVersion(document, meta?.availableStatus)}
      />
    ),
  };
};
