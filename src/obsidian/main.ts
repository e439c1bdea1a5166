import { Plugin } from "obsidian";

export default class TendPlugin extends Plugin {}
