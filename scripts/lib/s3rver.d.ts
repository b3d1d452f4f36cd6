/** The part of @20minutes/s3rver 4's API the tests and the cluster drill use (the package ships no types). */
declare module "@20minutes/s3rver" {
  import type { AddressInfo } from "node:net";

  export interface S3rverOptions {
    address?: string;
    /** 0 picks a free port. */
    port?: number;
    /** Where buckets and objects are kept on disk. */
    directory: string;
    silent?: boolean;
    /** Off here: buckets are addressed by path (`<endpoint>/<bucket>/<key>`). */
    vhostBuckets?: boolean;
    configureBuckets?: { name: string }[];
  }

  export interface S3rverObjectList {
    objects: { key: string; size: number }[];
  }

  export default class S3rver {
    constructor(options: S3rverOptions);
    run(): Promise<AddressInfo>;
    close(): Promise<void>;
    store: {
      listObjects(bucket: string, options: { prefix?: string; maxKeys?: number }): Promise<S3rverObjectList>;
    };
  }
}
