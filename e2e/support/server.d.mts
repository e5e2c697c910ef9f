export declare const repoRoot: string;
export declare function startServer(options?: { composition?: string; env?: Record<string, string> }): Promise<{ url: string; stop(): Promise<void> }>;
