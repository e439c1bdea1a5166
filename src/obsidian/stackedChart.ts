/**
 * A small stacked bar chart (the load forecast: touchpoints falling due per week, by tier),
 * in the style of charts.ts: built with `createSvg` element by element (no markup), an image
 * named by its title (`role="img"`, `aria-label` and a `<title>`), a `<title>` on each bar and
 * each part of it for the tooltip, and colours from the theme: part k of every bar has the
 * class `tend-chart-stack-k`, which styles.css colours with shades of the theme's accent and
 * text colours (the top tier strongest), so a theme recolours it. The caller adds a text
 * alternative (the view adds a table).
 */
import type { ChartOptions } from "./charts";

export interface StackedDatum {
	/** What the bar stands for: "Week of December 7". */
	label: string;
	/** One value per series, in the series' order. */
	values: readonly number[];
}

export interface StackedOptions extends ChartOptions {
	/** The series' names, bottom to top ("A", "B", "C"), for the tooltips. */
	series: readonly string[];
	/** How a series is named in a tooltip: "tier A". */
	seriesName?: (name: string) => string;
}

const SIZE = { bar: 14, gap: 6, height: 48 };

function count(n: number, unit: string | undefined): string {
	return unit === undefined ? String(n) : `${n} ${unit}${n === 1 ? "" : "s"}`;
}

export function stackedBarChart(parent: Element, data: readonly StackedDatum[], options: StackedOptions): SVGSVGElement {
	const { bar, gap, height } = SIZE;
	const width = Math.max(1, data.length * (bar + gap) - gap);
	const svg = parent.createSvg("svg", {
		cls: ["tend-chart", "tend-chart-stacked", ...(options.cls ? options.cls.split(" ").filter((c) => c !== "") : [])],
		attr: { viewBox: `0 0 ${width} ${height + 1}`, role: "img", "aria-label": options.title, preserveAspectRatio: "none" },
	});
	svg.createSvg("title").setText(options.title);
	const totals = data.map((d) => d.values.reduce((a, b) => a + Math.max(0, b), 0));
	const max = Math.max(0, ...totals);
	const nameOf = options.seriesName ?? ((s: string) => s);
	data.forEach((d, i) => {
		const group = svg.createSvg("g", { cls: "tend-chart-stack-bar" });
		const parts = d.values.map((v, k) => (v > 0 ? `${options.series[k] ?? ""} ${v}` : "")).filter((p) => p !== "");
		group.createSvg("title").setText(`${d.label}: ${count(totals[i] ?? 0, options.unit)}${parts.length > 0 ? ` (${parts.join(", ")})` : ""}`);
		let y = height;
		d.values.forEach((v, k) => {
			if (v <= 0 || max === 0) return;
			const h = Math.max(1, Math.round((v / max) * height));
			y -= h;
			const rect = group.createSvg("rect", {
				cls: ["tend-chart-stack", `tend-chart-stack-${k % 8}`],
				attr: { x: i * (bar + gap), y, width: bar, height: h, fill: "currentColor" },
			});
			rect.createSvg("title").setText(`${d.label}: ${count(v, options.unit)}, ${nameOf(options.series[k] ?? "")}`);
		});
	});
	svg.createSvg("line", { cls: "tend-chart-baseline", attr: { x1: 0, y1: height + 0.5, x2: width, y2: height + 0.5, stroke: "currentColor", "stroke-opacity": 0.3 } });
	return svg;
}
