/**
 * The i18n keys <fjg-trainer-tools> reads from its data-strings (trainer-tools.ts): a module
 * of its own so that ModuleHeader.astro can list them at build time without loading the element.
 */
export const TRAINER_KEYS = [
	'trainer.toolsLabel',
	'trainer.present',
	'trainer.printHandout',
	'trainer.printTrainer',
	'trainer.showQr',
	'trainer.forModule',
	'trainer.forSection',
	'trainer.copyLink',
	'trainer.linkCopied',
	'trainer.linkLabel',
	'trainer.linkSelected',
	'trainer.keysCommand',
	'trainer.keysControl',
	'trainer.qrHeading',
	'trainer.scanToOpen',
	'trainer.close',
	'trainer.presentation',
	'trainer.controls',
	'trainer.previous',
	'trainer.next',
	'trainer.section',
	'trainer.exit',
	'trainer.keys',
	'trainer.status',
] as const;

export type TrainerKey = (typeof TRAINER_KEYS)[number];
