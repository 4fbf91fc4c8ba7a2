/**
 * <fjg-support-plan>: Print and "Download as a text file" for the special guardianship support
 * plan template (SupportPlanTemplate.astro's markup). The buttons show only with JavaScript; the
 * Markdown file is made in the browser (src/lib/support-plan-text.ts) from the template in
 * data-plan-json, and its download is announced (the supportPlan.* i18n keys, in data-strings).
 */
import { FjgElement, defineElement } from '~/client/element.ts';
import { format } from '~/client/strings.ts';
import {
	isSupportPlan,
	supportPlanToMarkdown,
	SUPPORT_PLAN_FILE_NAME,
	type SupportPlanKey,
} from '~/lib/support-plan-text.ts';
import { download } from '~/client/download.ts';

class SupportPlan extends FjgElement<SupportPlanKey> {
	protected start(): void {
		const plan: unknown = JSON.parse(this.dataset.planJson ?? 'null');
		const tools = this.querySelector<HTMLElement>('[data-plan-tools]');
		const status = this.querySelector<HTMLElement>('[data-plan-status]');
		if (!tools || !isSupportPlan(plan)) return;
		tools.hidden = false;
		this.querySelector('[data-action="print"]')?.addEventListener('click', () => window.print());
		this.querySelector('[data-action="download"]')?.addEventListener('click', () => {
			download(SUPPORT_PLAN_FILE_NAME, supportPlanToMarkdown(plan), 'text/markdown;charset=utf-8');
			if (status) status.textContent = format(this.strings['supportPlan.downloading'], { file: SUPPORT_PLAN_FILE_NAME });
		});
	}
}

defineElement('fjg-support-plan', SupportPlan);
