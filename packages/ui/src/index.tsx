export { Alert } from "./alert";
export { Button } from "./button";
export { Card } from "./card";
export { cn } from "./cn";
export { Field } from "./field";
export { LoginForm } from "./login-form";
export { SiteHeader } from "./site-header";
export { SlaBadge } from "./sla-badge";
