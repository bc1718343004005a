/** `partitionFlowMachine` → `Partition flow` */
export function machineTitle(name: string): string {
  const words = name
    .replace(/Machine$/, '')
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}
