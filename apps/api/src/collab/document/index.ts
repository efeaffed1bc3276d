export {
  TEMPLATE_COMMUNITY_RIGHTS_TITLES,
  TEMPLATE_SECTION_TITLES,
  heading,
  paragraph,
  writeCovenantTemplate,
  type CovenantTemplateOptions,
} from './covenant-template';
export { bodyToProseMirrorJson } from './prosemirror-json';
export { renderBodyHtml, renderDocHtml } from './render-html';
export { nameSections, readSections, isSectionId, sectionAt, type Section } from './sections';
export { encodeAnchor, findWords, locate, passageText, replacePassage, sameWords, type Passage } from './passages';
