/**
 * Small SVG charts for the plugin's stats section and contact panel: bars (touchpoints a week)
 * and a heatmap (a year of weeks). Built with Obsidian's `createSvg` element by element, never
 * from markup (no innerHTML), so nothing from a note can become markup.
 *
 * Accessible: the chart is an image (`role="img"`) named by its title (`aria-label` and a
 * `<title>` child, which is also the tooltip), and every bar or cell has its own `<title>`
 * ("Week of November 2: 3 touchpoints"), so the numbers are there for a screen reader and
 * on hover. Colours follow the theme: shapes are filled with `currentColor` through classes
 * (`tend-chart-bar`, `tend-heat-0` ... `tend-heat-4`); the presentation attributes set here
 * are only defaults a stylesheet overrides.
 *
 * The numbers come from the core (src/core/insights/activity.ts), the same ones the CLI draws
 * as text.
 */

export interface ChartDatum {
	/** What the bar or cell stands for, for its tooltip: "Week of November 2". */
	label: string;
	value: number;
}

export interface ChartOptions {
	/** The chart's accessible name and tooltip. */
	title: string;
	/** The unit after a value in tooltips ("touchpoint" -> "3 touchpoints"). */
	unit?: string;
	/** Extra classes for the `<svg>`. */
	cls?: string;
}

const BARS = { bar: 8, gap: 2, height: 40 };

function valueText(value: number, unit: string | undefined): string {
	if (unit === undefined) return String(value);
	return `${value} ${unit}${value === 1 ? "" : "s"}`;
}

function root(parent: Element, options: ChartOptions, kind: string, width: number, height: number): SVGSVGElement {
	const svg = parent.createSvg("svg", {
		cls: ["tend-chart", `tend-chart-${kind}`, ...(options.cls ? options.cls.split(" ").filter((c) => c !== "") : [])],
		attr: { viewBox: `0 0 ${width} ${height}`, role: "img", "aria-label": options.title, preserveAspectRatio: "none" },
	});
	svg.createSvg("title").setText(options.title);
	return svg;
}

/** A bar per datum, scaled to the largest value, on a baseline. Returns the `<svg>`. */
export function barChart(parent: Element, data: readonly ChartDatum[], options: ChartOptions): SVGSVGElement {
	const { bar, gap, height } = BARS;
	const width = Math.max(1, data.length * (bar + gap) - gap);
	const svg = root(parent, options, "bars", width, height + 1);
	const max = Math.max(0, ...data.map((d) => d.value));
	data.forEach((d, i) => {
		const h = max === 0 || d.value <= 0 ? 0 : Math.max(1, Math.round((d.value / max) * height));
		const rect = svg.createSvg("rect", {
			cls: "tend-chart-bar",
			attr: { x: i * (bar + gap), y: height - h, width: bar, height: h, fill: "currentColor" },
		});
		rect.createSvg("title").setText(`${d.label}: ${valueText(d.value, options.unit)}`);
	});
	svg.createSvg("line", { cls: "tend-chart-baseline", attr: { x1: 0, y1: height + 0.5, x2: width, y2: height + 0.5, stroke: "currentColor", "stroke-opacity": 0.3 } });
	return svg;
}

/** 0 for nothing, else 1-4 by the value's share of the largest. */
export function heatLevel(value: number, max: number): number {
	if (value <= 0 || max <= 0) return 0;
	return Math.min(4, Math.max(1, Math.ceil((value / max) * 4)));
}

const HEAT_OPACITY = [0.08, 0.3, 0.5, 0.75, 1];

export interface HeatmapOptions extends ChartOptions {
	/** Cells per row (default: all in one row). */
	columns?: number;
}

/** A square per datum, row by row, its shade by its level (heatLevel). Returns the `<svg>`. */
export function heatmap(parent: Element, cells: readonly ChartDatum[], options: HeatmapOptions): SVGSVGElement {
	const size = 10;
	const gap = 2;
	const columns = Math.max(1, Math.min(options.columns ?? cells.length, Math.max(1, cells.length)));
	const rows = Math.max(1, Math.ceil(cells.length / columns));
	const svg = root(parent, options, "heatmap", columns * (size + gap) - gap, rows * (size + gap) - gap);
	const max = Math.max(0, ...cells.map((c) => c.value));
	cells.forEach((c, i) => {
		const level = heatLevel(c.value, max);
		const rect = svg.createSvg("rect", {
			cls: ["tend-heat-cell", `tend-heat-${level}`],
			attr: {
				x: (i % columns) * (size + gap),
				y: Math.floor(i / columns) * (size + gap),
				width: size,
				height: size,
				rx: 2,
				fill: "currentColor",
				"fill-opacity": HEAT_OPACITY[level] ?? 1,
			},
		});
		rect.createSvg("title").setText(`${c.label}: ${valueText(c.value, options.unit)}`);
	});
	return svg;
}
