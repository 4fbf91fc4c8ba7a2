/** Where the easy-read pictures' sprite is served: one file of <symbol>s, one per picture (src/pages/pictures.svg.ts). */
export const SPRITE_PATH = '/pictures.svg';
