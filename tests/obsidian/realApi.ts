/**
 * How the fake Obsidian (fakeObsidian.ts) is held to the real API: every class of the fake
 * `implements Faking<RealClass, "member" | ...>`, so each member it has must have the real
 * member's type, checked by the compiler (`npm run typecheck`) against the declarations in
 * node_modules/obsidian/obsidian.d.ts.
 *
 * The real types are imported from that declaration file itself, never from "obsidian":
 * jest maps "obsidian" to the fake, and a check of the fake against itself proves nothing.
 *
 * A fake class holds only part of its real class (a Vault without an adapter, a leaf
 * without tab groups), so it cannot be assignable to the whole real type, and a real
 * signature that mentions another class (`getLeaf(): WorkspaceLeaf`) could never be met.
 * `Faking` therefore reads each real signature with the fake's classes in place of the real
 * ones (`Swap`): `getLeaf(): WorkspaceLeaf` must be met by a `getLeaf()` that returns the
 * fake's WorkspaceLeaf. What it cannot check: the other overloads of an overloaded member
 * (TypeScript sees the last one), and members the fake does not list.
 */
import type * as Real from "obsidian/obsidian.d.ts";
import type * as Fake from "./fakeObsidian";

type IsAny<T> = 0 extends 1 & T ? true : false;

/**
 * A real type with the fake's classes in its place. Subclasses come before their base
 * classes: a real MarkdownView is also a View, and must become the fake's MarkdownView.
 */
// prettier-ignore
export type Swap<T> =
	IsAny<T> extends true ? T :
	T extends Real.App ? Fake.App :
	T extends Real.Vault ? Fake.Vault :
	T extends Real.MetadataCache ? Fake.MetadataCache :
	T extends Real.FileManager ? Fake.FileManager :
	T extends Real.Workspace ? Fake.Workspace :
	T extends Real.WorkspaceLeaf ? Fake.WorkspaceLeaf :
	T extends Real.MarkdownView ? Fake.MarkdownView :
	T extends Real.ItemView ? Fake.ItemView :
	T extends Real.View ? Fake.View :
	T extends Real.Plugin ? Fake.Plugin :
	T extends Real.PluginSettingTab ? Fake.PluginSettingTab :
	T extends Real.FuzzySuggestModal<infer U> ? Fake.FuzzySuggestModal<U> :
	T extends Real.SuggestModal<infer U> ? Fake.SuggestModal<U> :
	T extends Real.Modal ? Fake.Modal :
	T extends Real.Setting ? Fake.Setting :
	T extends Real.SettingGroup ? Fake.SettingGroup :
	T extends Real.TextAreaComponent ? Fake.TextAreaComponent :
	T extends Real.TextComponent ? Fake.TextComponent :
	T extends Real.DropdownComponent ? Fake.DropdownComponent :
	T extends Real.ToggleComponent ? Fake.ToggleComponent :
	T extends Real.ExtraButtonComponent ? Fake.ExtraButtonComponent :
	T extends Real.ButtonComponent ? Fake.ButtonComponent :
	T extends Real.AbstractTextComponent<infer E> ? Fake.AbstractTextComponent<E> :
	T extends Real.ValueComponent<infer V> ? Fake.ValueComponent<V> :
	T extends Real.BaseComponent ? Fake.BaseComponent :
	T extends Real.Editor ? Fake.Editor :
	T extends Real.Notice ? Fake.Notice :
	T extends Real.TFile ? Fake.TFile :
	T extends Real.TFolder ? Fake.TFolder :
	T extends Real.TAbstractFile ? Fake.TAbstractFile :
	T extends Real.Component ? Fake.Component :
	// A manifest has an id and a name like a command: it must not be read as one.
	T extends Real.PluginManifest ? T :
	T extends Real.Command ? Fake.Command :
	T extends Promise<infer U> ? Promise<Swap<U>> :
	T extends readonly (infer U)[] ? Swap<U>[] :
	T extends (...args: infer A) => infer R ? (...args: { [I in keyof A]: Swap<A[I]> }) => Swap<R> :
	T extends abstract new (...args: infer A) => infer R ? abstract new (...args: { [I in keyof A]: Swap<A[I]> }) => Swap<R> :
	T;

/** The members `K` of a real class, as the fake must have them. */
export type Faking<R, K extends keyof R> = { [P in K]: Swap<R[P]> };

/** Compiles only when `A` can stand where `B` is expected (for functions and statics). */
export type Assignable<A extends B, B> = A extends B ? true : never;

export type { Real };

/**
 * The generic classes, checked for one type argument each (inside a generic class the
 * compiler cannot read `Swap<T>` for a `T` not yet known). `Probe` is a type no real
 * class matches, so it passes through `Swap` unchanged.
 */
interface Probe {
	readonly probe: unique symbol;
}

export type GenericClassChecks = [
	Assignable<
		Fake.SuggestModal<Probe>,
		Faking<
			Real.SuggestModal<Probe>,
			| "limit"
			| "emptyStateText"
			| "inputEl"
			| "resultContainerEl"
			| "setPlaceholder"
			| "setInstructions"
			| "selectSuggestion"
			| "getSuggestions"
			| "renderSuggestion"
			| "onChooseSuggestion"
		>
	>,
	Assignable<
		Fake.FuzzySuggestModal<Probe>,
		Faking<Real.FuzzySuggestModal<Probe>, "getSuggestions" | "renderSuggestion" | "onChooseSuggestion" | "getItems" | "getItemText" | "onChooseItem">
	>,
	Assignable<Fake.ValueComponent<Probe>, Faking<Real.ValueComponent<Probe>, "getValue" | "setValue">>,
];

/** The functions, statics and constructors the plugin uses: the same parameters as Obsidian's. */
export type FunctionChecks = [
	Assignable<typeof Fake.setIcon, Swap<typeof Real.setIcon>>,
	Assignable<typeof Fake.setTooltip, Swap<typeof Real.setTooltip>>,
	Assignable<typeof Fake.normalizePath, typeof Real.normalizePath>,
	Assignable<typeof Fake.requireApiVersion, typeof Real.requireApiVersion>,
	Assignable<typeof Fake.getLanguage, typeof Real.getLanguage>,
	Assignable<Pick<typeof Fake.Keymap, "isModEvent">, Faking<typeof Real.Keymap, "isModEvent">>,
	Assignable<typeof Fake.Platform, Pick<typeof Real.Platform, keyof typeof Fake.Platform>>,
	Assignable<typeof Fake.Notice, Swap<typeof Real.Notice>>,
	Assignable<typeof Fake.Modal, Swap<typeof Real.Modal>>,
	Assignable<typeof Fake.Setting, Swap<typeof Real.Setting>>,
	Assignable<typeof Fake.SettingGroup, Swap<typeof Real.SettingGroup>>,
	Assignable<typeof Fake.TextComponent, Swap<typeof Real.TextComponent>>,
	Assignable<typeof Fake.ButtonComponent, Swap<typeof Real.ButtonComponent>>,
	Assignable<typeof Fake.ItemView, Swap<typeof Real.ItemView>>,
	Assignable<typeof Fake.PluginSettingTab, Swap<typeof Real.PluginSettingTab>>,
	Assignable<typeof Fake.Plugin, Swap<typeof Real.Plugin>>,
	Assignable<typeof Fake.Component, Swap<typeof Real.Component>>,
	Assignable<typeof Fake.Events, Swap<typeof Real.Events>>,
];
