export * from "./catalog";
export * from "./referentials";
export * from "./system";
export * from "./trades";
export * from "./search";
export * from "./imports";
export * from "./editorial";
