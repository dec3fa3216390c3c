import { Badge, Flex, Typography } from '@strapi/design-system';
import type { DirectionReason } from '../../core';
import { useMessages, type MessageId } from '../../utils/messages';
import { Section } from './Section';
import type { PanelSectionProps } from './types';

const REASONS: Record<DirectionReason, MessageId> = {
  setting: 'panel.direction.reason.setting',
  locale: 'panel.direction.reason.locale',
  text: 'panel.direction.reason.text',
  fallback: 'panel.direction.reason.fallback',
};

/** The direction the article is written and served in, and what decided it. */
export function DirectionSection({ direction, locale }: PanelSectionProps) {
  const t = useMessages();
  return (
    <Section title={t('panel.direction.title')}>
      <Flex direction="column" alignItems="flex-start" gap={1}>
        <Badge data-newsroom-direction={direction.dir}>{t(direction.dir === 'rtl' ? 'panel.direction.rtl' : 'panel.direction.ltr')}</Badge>
        <Typography variant="pi" textColor="neutral600">
          {t(REASONS[direction.reason], { locale: locale ?? '' })}
        </Typography>
      </Flex>
    </Section>
  );
}
