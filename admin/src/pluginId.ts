export { PLUGIN_ID } from '../../content-types';
