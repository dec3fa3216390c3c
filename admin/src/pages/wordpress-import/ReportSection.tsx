import { Box, Flex, Typography } from '@strapi/design-system';
import { useMessages } from '../../utils/messages';
import type { CodeGroup, ReportSection as Section } from './import-job';

/** One code's entries: the code said in words (or the raw code), then each post id with the server's detail. */
function CodeGroupList({ group }: { group: CodeGroup }) {
  const t = useMessages();
  return (
    <Box tag="li" paddingBottom={3} data-newsroom-import-code={group.code}>
      <Flex gap={2} wrap="wrap">
        <Typography fontWeight="semiBold" data-newsroom-import-code-text>
          {group.message ? t(group.message) : group.code}
        </Typography>
        {/* The stable code too, as the README and the API name it; left to right inside the Arabic line. */}
        <Typography variant="pi" textColor="neutral600" tag="code" dir="ltr">
          {group.code}
        </Typography>
      </Flex>
      <Box tag="ul" paddingInlineStart={4} paddingTop={1}>
        {group.entries.map((entry, index) => (
          <Box tag="li" key={`${entry.postId ?? 'none'}-${index}`} paddingTop={1} data-newsroom-import-post={entry.postId ?? ''}>
            <Typography variant="omega" fontWeight="semiBold">
              {entry.postId === null ? t('import.report.noPostId') : t('import.report.postId', { id: entry.postId })}
            </Typography>
            <Typography variant="omega" textColor="neutral700">
              {' · '}
              {/* The server writes its details as English sentences (quoting Arabic titles and slugs): read left
                  to right, isolated so the Arabic line around them keeps its order. */}
              <bdi dir="ltr" lang="en">
                {entry.detail}
              </bdi>
            </Typography>
          </Box>
        ))}
      </Box>
    </Box>
  );
}

/** One list of the report (errors, skipped or notes), grouped by code. */
export function ReportSection({ section }: { section: Section }) {
  const t = useMessages();
  return (
    <Box tag="section" data-newsroom-import-list={section.list} data-count={section.count}>
      <Flex gap={2} paddingBottom={2}>
        <Typography tag="h3" variant="delta" textColor={section.list === 'errors' ? 'danger600' : 'neutral800'}>
          {t(section.title)}
        </Typography>
        <Typography variant="pi" textColor="neutral600">
          {t('import.report.count', { count: section.count })}
        </Typography>
      </Flex>
      <Box tag="ul">
        {section.groups.map((group) => (
          <CodeGroupList key={group.code} group={group} />
        ))}
      </Box>
      {section.leftOff > 0 ? (
        <Typography variant="pi" textColor="neutral600">
          {t('import.report.leftOff', { count: section.leftOff })}
        </Typography>
      ) : null}
    </Box>
  );
}
