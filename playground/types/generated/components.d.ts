import type { Schema, Struct } from '@strapi/strapi';

export interface NewsroomBasedOn extends Struct.ComponentSchema {
  collectionName: 'components_newsroom_based_ons';
  info: {
    description: 'The work this article translates or adapts.';
    displayName: 'Original source';
    icon: 'book';
  };
  attributes: {
    language: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 35;
      }>;
    publisher: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 200;
      }>;
    title: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 300;
      }>;
    url: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 2048;
      }>;
  };
}

export interface NewsroomEmbed extends Struct.ComponentSchema {
  collectionName: 'components_newsroom_embeds';
  info: {
    description: 'An external post or video, by URL.';
    displayName: 'Embed';
    icon: 'code';
  };
  attributes: {
    caption: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 500;
      }>;
    url: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 2048;
      }>;
  };
}

export interface NewsroomIntertitle extends Struct.ComponentSchema {
  collectionName: 'components_newsroom_intertitles';
  info: {
    description: 'A sub-heading between paragraphs.';
    displayName: 'Intertitle';
    icon: 'heading';
  };
  attributes: {
    text: Schema.Attribute.String &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 300;
      }>;
  };
}

export interface NewsroomMedia extends Struct.ComponentSchema {
  collectionName: 'components_newsroom_media';
  info: {
    description: 'An image, video or audio file with caption and credit.';
    displayName: 'Media';
    icon: 'picture';
  };
  attributes: {
    caption: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 500;
      }>;
    credit: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 300;
      }>;
    file: Schema.Attribute.Media<'images' | 'videos' | 'audios'>;
  };
}

export interface NewsroomParagraph extends Struct.ComponentSchema {
  collectionName: 'components_newsroom_paragraphs';
  info: {
    description: 'Body text (rich text blocks).';
    displayName: 'Paragraph';
    icon: 'paragraph';
  };
  attributes: {
    text: Schema.Attribute.Blocks & Schema.Attribute.Required;
  };
}

export interface NewsroomQuote extends Struct.ComponentSchema {
  collectionName: 'components_newsroom_quotes';
  info: {
    displayName: 'Quote';
    icon: 'quote';
  };
  attributes: {
    attribution: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 300;
      }>;
    text: Schema.Attribute.Text &
      Schema.Attribute.Required &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 2000;
      }>;
  };
}

export interface NewsroomRelatedLink extends Struct.ComponentSchema {
  collectionName: 'components_newsroom_related_links';
  info: {
    description: 'An inline "read also" / "see also" link.';
    displayName: 'Related link';
    icon: 'link';
  };
  attributes: {
    article: Schema.Attribute.Relation<'oneToOne', 'plugin::newsroom.article'>;
    kind: Schema.Attribute.Enumeration<['read-also', 'see-also']> &
      Schema.Attribute.Required &
      Schema.Attribute.DefaultTo<'read-also'>;
    label: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 300;
      }>;
  };
}

export interface NewsroomRights extends Struct.ComponentSchema {
  collectionName: 'components_newsroom_rights';
  info: {
    description: 'Licence, copyright and reuse terms.';
    displayName: 'Rights';
    icon: 'shield';
  };
  attributes: {
    acquireLicenseUrl: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 2048;
      }>;
    basedOn: Schema.Attribute.Component<'newsroom.based-on', false>;
    copyrightHolder: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 200;
      }>;
    copyrightYear: Schema.Attribute.Integer &
      Schema.Attribute.SetMinMax<
        {
          max: 9999;
          min: 1800;
        },
        number
      >;
    creditText: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 300;
      }>;
    embargoUntil: Schema.Attribute.DateTime;
    externalDistribution: Schema.Attribute.Boolean;
    license: Schema.Attribute.Enumeration<
      [
        'all-rights-reserved',
        'cc-by-4.0',
        'cc-by-sa-4.0',
        'cc-by-nd-4.0',
        'cc-by-nc-4.0',
        'cc-by-nc-sa-4.0',
        'cc-by-nc-nd-4.0',
        'cc0-1.0',
        'custom',
      ]
    >;
    reuseAllowed: Schema.Attribute.Boolean;
    rightsExpireAt: Schema.Attribute.DateTime;
    tdmPolicyUrl: Schema.Attribute.String &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 2048;
      }>;
    tdmReservation: Schema.Attribute.Boolean;
    usageTerms: Schema.Attribute.Text &
      Schema.Attribute.SetMinMaxLength<{
        maxLength: 4000;
      }>;
  };
}

declare module '@strapi/strapi' {
  export namespace Public {
    export interface ComponentSchemas {
      'newsroom.based-on': NewsroomBasedOn;
      'newsroom.embed': NewsroomEmbed;
      'newsroom.intertitle': NewsroomIntertitle;
      'newsroom.media': NewsroomMedia;
      'newsroom.paragraph': NewsroomParagraph;
      'newsroom.quote': NewsroomQuote;
      'newsroom.related-link': NewsroomRelatedLink;
      'newsroom.rights': NewsroomRights;
    }
  }
}
