// electron-installer-debian ships no types: the part of its API the packaging test calls.
declare module 'electron-installer-debian' {
  interface DebianOptions {
    src: string;
    dest: string;
    arch: string;
    name?: string;
    productName?: string;
    genericName?: string;
    bin?: string;
    icon?: string;
    categories?: string[];
    mimeType?: string[];
  }
  export default function installer(options: DebianOptions): Promise<{ packagePaths: string[] }>;
}
