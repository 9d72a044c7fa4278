/**
 * The read API's paths and answer schemas as TypeScript types, generated from the reader's
 * OpenAPI document by openapi-typescript. Do not edit: run `pnpm api-types`.
 */
export type paths = {
    "/v1/ledger": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The ledger head: origin, size, root and verifier key */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description the log origin: the first line of its checkpoints (else the verifier key name) */
                            origin: string | null;
                            /** @description number of entries */
                            size: number;
                            /** @description standard base64 RFC 6962 root of all entries */
                            root: string;
                            /** @description the Ed25519 verifier key `name+keyid+base64` that signs checkpoints */
                            verifierKey: string | null;
                            /**
                             * Format: date-time
                             * @description recordedAt of the last entry
                             */
                            lastRecordedAt: string | null;
                            /** @description size of the latest stored signed checkpoint */
                            latestCheckpointSize: number | null;
                        };
                    };
                };
                /** @description A parameter is malformed or out of range (the message names it and says why). */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                /** @description the parameter at fault (BadParameter only) */
                                parameter?: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/ledger/checkpoint": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A signed checkpoint (C2SP signed note): the latest, or the one stored for ?size=N */
        get: {
            parameters: {
                query?: {
                    /** @description the tree size of a stored checkpoint */
                    size?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The signed note: `<origin>\n<size>\n<base64 root>\n\n— <name> <base64 signature>\n` */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/plain": string;
                    };
                };
                /** @description A parameter is malformed or out of range (the message names it and says why). */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                /** @description the parameter at fault (BadParameter only) */
                                parameter?: string;
                            };
                        };
                    };
                };
                /** @description No such thing (as of the state asked for). */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                /** @description the parameter at fault (BadParameter only) */
                                parameter?: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/ledger/checkpoints": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The sizes of every stored signed checkpoint, in increasing order */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            sizes: number[];
                        };
                    };
                };
                /** @description A parameter is malformed or out of range (the message names it and says why). */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                /** @description the parameter at fault (BadParameter only) */
                                parameter?: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/ledger/entries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Exact leaf bytes as NDJSON (auditors, unless the operator made leaves public) */
        get: {
            parameters: {
                query?: {
                    /** @description index of the first entry */
                    from?: number;
                    /** @description Page size, 1 to 1000. */
                    limit?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description One leaf per line, exactly the bytes hashed into the log. */
                200: {
                    headers: {
                        /** @description the ledger size the page was read against */
                        "x-ledger-size"?: number;
                        /** @description the next index to ask for, when entries remain */
                        "x-next-from"?: number;
                        [name: string]: unknown;
                    };
                    content: {
                        "application/x-ndjson": string;
                    };
                };
                /** @description A parameter is malformed or out of range (the message names it and says why). */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                /** @description the parameter at fault (BadParameter only) */
                                parameter?: string;
                            };
                        };
                    };
                };
                /** @description An auditor token is needed, or the one given is not valid. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                /** @description the parameter at fault (BadParameter only) */
                                parameter?: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/ledger/leaves/{index}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One entry's exact leaf bytes (public unless it is a ballot or holds sealed personal fields) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description 0-based index of the entry */
                    index: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The leaf: RFC 8785 canonical JSON, exactly the bytes hashed into the log. */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            [key: string]: unknown;
                        };
                    };
                };
                /** @description A parameter is malformed or out of range (the message names it and says why). */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                /** @description the parameter at fault (BadParameter only) */
                                parameter?: string;
                            };
                        };
                    };
                };
                /** @description An auditor token is needed, or the one given is not valid. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                /** @description the parameter at fault (BadParameter only) */
                                parameter?: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/ledger/proofs/inclusion": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Inclusion proof of entry `index` in the tree of `size` entries (default: the head) */
        get: {
            parameters: {
                query: {
                    index: number;
                    size?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            index: number;
                            size: number;
                            /** @description standard base64 SHA-256 */
                            leafHash: string;
                            path: string[];
                            /** @description standard base64 SHA-256 */
                            root: string;
                        };
                    };
                };
                /** @description A parameter is malformed or out of range (the message names it and says why). */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                /** @description the parameter at fault (BadParameter only) */
                                parameter?: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/ledger/proofs/consistency": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Consistency proof from the tree of `from` entries to the tree of `to` entries (default: the head) */
        get: {
            parameters: {
                query: {
                    from: number;
                    to?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            from: number;
                            to: number;
                            path: string[];
                            /** @description standard base64 SHA-256 */
                            fromRoot: string;
                            /** @description standard base64 SHA-256 */
                            toRoot: string;
                        };
                    };
                };
                /** @description A parameter is malformed or out of range (the message names it and says why). */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                /** @description the parameter at fault (BadParameter only) */
                                parameter?: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/ledger/bundles/{index}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Proof bundle (c2sp.org/tlog-proof@v1) of one entry in the latest cosigned checkpoint */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    /** @description the entry (0-based) */
                    index: number;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The .tlog-proof text */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/plain": string;
                    };
                };
                /** @description A parameter is malformed or out of range (the message names it and says why). */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                /** @description the parameter at fault (BadParameter only) */
                                parameter?: string;
                            };
                        };
                    };
                };
                /** @description An auditor token is needed, or the one given is not valid. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                /** @description the parameter at fault (BadParameter only) */
                                parameter?: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tlog/checkpoint": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The latest checkpoint (tlog-tiles), with the witnesses’ cosignatures */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description The signed note */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/plain": string;
                    };
                };
                /** @description A parameter is malformed or out of range (the message names it and says why). */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                /** @description the parameter at fault (BadParameter only) */
                                parameter?: string;
                            };
                        };
                    };
                };
                /** @description No such thing (as of the state asked for). */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                /** @description the parameter at fault (BadParameter only) */
                                parameter?: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tlog/tile/{*}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A Merkle tree tile or an entry bundle (tlog-tiles), immutable */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    "*": string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Tile bytes */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/octet-stream": string;
                    };
                };
                /** @description A parameter is malformed or out of range (the message names it and says why). */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                /** @description the parameter at fault (BadParameter only) */
                                parameter?: string;
                            };
                        };
                    };
                };
                /** @description An auditor token is needed, or the one given is not valid. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                /** @description the parameter at fault (BadParameter only) */
                                parameter?: string;
                            };
                        };
                    };
                };
                /** @description No such thing (as of the state asked for). */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                /** @description the parameter at fault (BadParameter only) */
                                parameter?: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/streams/{streamId}/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One stream's events: public view (personal fields erased, ballots withheld) or, for auditors, opened */
        get: {
            parameters: {
                query?: {
                    /** @description first stream version (0-based) */
                    fromVersion?: number;
                    /** @description Page size, 1 to 500. */
                    limit?: number;
                };
                header?: never;
                path: {
                    streamId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            streamId: string;
                            /** @enum {string} */
                            access: "public" | "auditor";
                            /**
                             * @description how personal fields appear
                             * @enum {string}
                             */
                            personalData: "hidden" | "opened" | "sealed";
                            events: {
                                /** @description 0-based position in the whole ledger */
                                index: number;
                                streamId: string;
                                /** @description 0-based position in its stream */
                                streamVersion: number;
                                eventId: string;
                                type: string;
                                schemaVersion: number;
                                /**
                                 * Format: date-time
                                 * @description when the act happened
                                 */
                                occurredAt: string;
                                /**
                                 * Format: date-time
                                 * @description when the ledger recorded it
                                 */
                                recordedAt: string;
                                /** @description true when the act was recorded late as an explicit back-fill: occurredAt is the claim, recordedAt the ledger time */
                                backfilled: boolean;
                                actor: {
                                    /** @description null when withheld */
                                    id: string | null;
                                    role: string;
                                };
                                correlationId: string | null;
                                causationId: string | null;
                                /** @description The event data. Public: sealed personal fields read {"erased": true, "subject": …}. Null when withheld. */
                                data: {
                                    [key: string]: unknown;
                                } | null;
                                /** @description why data and actor are withheld from the public, or null */
                                withheld: string | null;
                            }[];
                            /** @description fromVersion of the next page, null at the end */
                            nextFromVersion: number | null;
                        };
                    };
                };
                /** @description A parameter is malformed or out of range (the message names it and says why). */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                /** @description the parameter at fault (BadParameter only) */
                                parameter?: string;
                            };
                        };
                    };
                };
                /** @description An auditor token is needed, or the one given is not valid. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                /** @description the parameter at fault (BadParameter only) */
                                parameter?: string;
                            };
                        };
                    };
                };
                /** @description No such thing (as of the state asked for). */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                /** @description the parameter at fault (BadParameter only) */
                                parameter?: string;
                            };
                        };
                    };
                };
                /** @description A service the answer needs is not configured or not answering. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                /** @description the parameter at fault (BadParameter only) */
                                parameter?: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/streams/{streamId}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One aggregate's history: every event in order and what it changed in the aggregate's state */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    streamId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            streamId: string;
                            /** @enum {string} */
                            access: "public" | "auditor";
                            /** @enum {string} */
                            personalData: "hidden" | "opened" | "sealed";
                            steps: {
                                event: {
                                    /** @description 0-based position in the whole ledger */
                                    index: number;
                                    streamId: string;
                                    /** @description 0-based position in its stream */
                                    streamVersion: number;
                                    eventId: string;
                                    type: string;
                                    schemaVersion: number;
                                    /**
                                     * Format: date-time
                                     * @description when the act happened
                                     */
                                    occurredAt: string;
                                    /**
                                     * Format: date-time
                                     * @description when the ledger recorded it
                                     */
                                    recordedAt: string;
                                    /** @description true when the act was recorded late as an explicit back-fill: occurredAt is the claim, recordedAt the ledger time */
                                    backfilled: boolean;
                                    actor: {
                                        /** @description null when withheld */
                                        id: string | null;
                                        role: string;
                                    };
                                    correlationId: string | null;
                                    causationId: string | null;
                                    /** @description The event data. Public: sealed personal fields read {"erased": true, "subject": …}. Null when withheld. */
                                    data: {
                                        [key: string]: unknown;
                                    } | null;
                                    /** @description why data and actor are withheld from the public, or null */
                                    withheld: string | null;
                                };
                                /** @description what the event changed in the aggregate's state; null when withheld or no aggregate folds the stream */
                                changes: {
                                    /** @description RFC 6901 pointer of the item in the state */
                                    item: string;
                                    /** @enum {string} */
                                    kind: "added" | "removed" | "changed";
                                    /** @description any JSON value */
                                    before: unknown;
                                    /** @description any JSON value */
                                    after: unknown;
                                    fields: {
                                        /** @description RFC 6901 pointer below the item */
                                        path: string;
                                        /** @enum {string} */
                                        kind: "added" | "removed" | "changed";
                                        /** @description any JSON value */
                                        before: unknown;
                                        /** @description any JSON value */
                                        after: unknown;
                                    }[];
                                    /** @description field changes left out beyond the limit */
                                    fieldsOmitted: number;
                                    /** @description the events that wrote the item, oldest first (at most the cause limit) */
                                    causes: {
                                        /** @description 0-based ledger index */
                                        index: number;
                                        streamId: string;
                                        type: string;
                                        /** Format: date-time */
                                        occurredAt: string;
                                        /** Format: date-time */
                                        recordedAt: string;
                                        actor: {
                                            /** @description null when withheld (secret ballots, for the public) */
                                            id: string | null;
                                            role: string;
                                        };
                                    }[];
                                    /** @description how many events wrote the item */
                                    causeCount: number;
                                }[] | null;
                            }[];
                        };
                    };
                };
                /** @description A parameter is malformed or out of range (the message names it and says why). */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                /** @description the parameter at fault (BadParameter only) */
                                parameter?: string;
                            };
                        };
                    };
                };
                /** @description An auditor token is needed, or the one given is not valid. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                /** @description the parameter at fault (BadParameter only) */
                                parameter?: string;
                            };
                        };
                    };
                };
                /** @description No such thing (as of the state asked for). */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                /** @description the parameter at fault (BadParameter only) */
                                parameter?: string;
                            };
                        };
                    };
                };
                /** @description A service the answer needs is not configured or not answering. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                /** @description the parameter at fault (BadParameter only) */
                                parameter?: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/diff": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What changed in every projection between two points of the ledger, and which events changed it */
        get: {
            parameters: {
                query: {
                    /** @description The earlier point: a ledger index or ISO-8601 UTC time (as asOf). */
                    from: string;
                    /** @description Answer as of a past point: a 0-based ledger index (the state after that entry) or an ISO-8601 UTC time (the state after every entry recorded at or before it; a bare date means the end of that day in China Standard Time, UTC+8). Default: the current head. */
                    asOf?: string;
                    /** @description only this projection */
                    projection?: "complaintBoard" | "complaintStatistics" | "voteResults" | "fundLedger" | "unitFundBalances" | "committees" | "publicIncome" | "registry" | "quarterlyRatings" | "redBlackList" | "companyCreditFiles" | "coverage" | "partyBuilding" | "pilots" | "jointMeetings" | "notices" | "unitRegister";
                    /** @description Page size, 1 to 500. */
                    limit?: number;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description The ledger point the answer stands at: compare the root with a signed checkpoint of the same size. */
                            from: {
                                /** @description entries folded into this answer */
                                size: number;
                                /** @description standard base64 RFC 6962 root of those entries */
                                root: string;
                                /** @description path of the signed checkpoint of that size (the same as the Link header) */
                                checkpoint: string;
                            };
                            /** @description The ledger point the answer stands at: compare the root with a signed checkpoint of the same size. */
                            asOf: {
                                /** @description entries folded into this answer */
                                size: number;
                                /** @description standard base64 RFC 6962 root of those entries */
                                root: string;
                                /** @description path of the signed checkpoint of that size (the same as the Link header) */
                                checkpoint: string;
                            };
                            /** @enum {string} */
                            access: "public" | "auditor";
                            projections: {
                                name: string;
                                added: number;
                                removed: number;
                                changed: number;
                                items: {
                                    /** @description RFC 6901 pointer of the item in the state */
                                    item: string;
                                    /** @enum {string} */
                                    kind: "added" | "removed" | "changed";
                                    /** @description any JSON value */
                                    before: unknown;
                                    /** @description any JSON value */
                                    after: unknown;
                                    fields: {
                                        /** @description RFC 6901 pointer below the item */
                                        path: string;
                                        /** @enum {string} */
                                        kind: "added" | "removed" | "changed";
                                        /** @description any JSON value */
                                        before: unknown;
                                        /** @description any JSON value */
                                        after: unknown;
                                    }[];
                                    /** @description field changes left out beyond the limit */
                                    fieldsOmitted: number;
                                    /** @description the events that wrote the item, oldest first (at most the cause limit) */
                                    causes: {
                                        /** @description 0-based ledger index */
                                        index: number;
                                        streamId: string;
                                        type: string;
                                        /** Format: date-time */
                                        occurredAt: string;
                                        /** Format: date-time */
                                        recordedAt: string;
                                        actor: {
                                            /** @description null when withheld (secret ballots, for the public) */
                                            id: string | null;
                                            role: string;
                                        };
                                    }[];
                                    /** @description how many events wrote the item */
                                    causeCount: number;
                                }[];
                                /** @description items beyond the limit */
                                itemsOmitted: number;
                            }[];
                        };
                    };
                };
                /** @description A parameter is malformed or out of range (the message names it and says why). */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                /** @description the parameter at fault (BadParameter only) */
                                parameter?: string;
                            };
                        };
                    };
                };
                /** @description An auditor token is needed, or the one given is not valid. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                /** @description the parameter at fault (BadParameter only) */
                                parameter?: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/actors/{actorId}/trail": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every act of one actor, with counts by type and period (secret ballots left out for the public) */
        get: {
            parameters: {
                query?: {
                    /** @description Start after this point (default: the beginning). */
                    from?: string;
                    /** @description Answer as of a past point: a 0-based ledger index (the state after that entry) or an ISO-8601 UTC time (the state after every entry recorded at or before it; a bare date means the end of that day in China Standard Time, UTC+8). Default: the current head. */
                    asOf?: string;
                    /** @description count by this period (China Standard Time) */
                    period?: "day" | "month" | "quarter" | "year";
                    /** @description Page size, 1 to 1000. */
                    limit?: number;
                };
                header?: never;
                path: {
                    actorId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            actorId: string;
                            /** @enum {string} */
                            access: "public" | "auditor";
                            /** @description first entry of the range */
                            fromSize: number;
                            /** @description ledger size at the end of the range */
                            toSize: number;
                            /** @enum {string} */
                            period: "day" | "month" | "quarter" | "year";
                            total: number;
                            byType: {
                                [key: string]: number;
                            };
                            byRole: {
                                [key: string]: number;
                            };
                            byPeriod: {
                                [key: string]: {
                                    [key: string]: number;
                                };
                            };
                            /** Format: date-time */
                            firstAt: string | null;
                            /** Format: date-time */
                            lastAt: string | null;
                            acts: {
                                /** @description 0-based ledger index */
                                index: number;
                                streamId: string;
                                type: string;
                                /** Format: date-time */
                                occurredAt: string;
                                /** Format: date-time */
                                recordedAt: string;
                                actor: {
                                    /** @description null when withheld (secret ballots, for the public) */
                                    id: string | null;
                                    role: string;
                                };
                            }[];
                            actsOmitted: number;
                            /** @description The ledger point the answer stands at: compare the root with a signed checkpoint of the same size. */
                            asOf: {
                                /** @description entries folded into this answer */
                                size: number;
                                /** @description standard base64 RFC 6962 root of those entries */
                                root: string;
                                /** @description path of the signed checkpoint of that size (the same as the Link header) */
                                checkpoint: string;
                            };
                        };
                    };
                };
                /** @description A parameter is malformed or out of range (the message names it and says why). */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                /** @description the parameter at fault (BadParameter only) */
                                parameter?: string;
                            };
                        };
                    };
                };
                /** @description An auditor token is needed, or the one given is not valid. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                /** @description the parameter at fault (BadParameter only) */
                                parameter?: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/state/records/{model}/{key}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One public record of a read model with its proof against the state root of the answer's ledger size */
        get: {
            parameters: {
                query?: {
                    /** @description Answer as of a past point: a 0-based ledger index (the state after that entry) or an ISO-8601 UTC time (the state after every entry recorded at or before it; a bare date means the end of that day in China Standard Time, UTC+8). Default: the current head. */
                    asOf?: string;
                };
                header?: never;
                path: {
                    model: string;
                    key: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description The ledger point the answer stands at: compare the root with a signed checkpoint of the same size. */
                            asOf: {
                                /** @description entries folded into this answer */
                                size: number;
                                /** @description standard base64 RFC 6962 root of those entries */
                                root: string;
                                /** @description path of the signed checkpoint of that size (the same as the Link header) */
                                checkpoint: string;
                            };
                            state: {
                                /** @description base64 SHA-256 */
                                root: string;
                                /** @description records (leaves) of the state tree */
                                records: number;
                                /** @description the signed state note of this size (C2SP signed note), when one was signed */
                                note: string | null;
                            };
                            proof: {
                                model: string;
                                key: string;
                                record: unknown;
                                index: number;
                                size: number;
                                /** @description base64 SHA-256 */
                                leafHash: string;
                                path: string[];
                                /** @description base64 SHA-256 */
                                root: string;
                            };
                        };
                    };
                };
                /** @description A parameter is malformed or out of range (the message names it and says why). */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                /** @description the parameter at fault (BadParameter only) */
                                parameter?: string;
                            };
                        };
                    };
                };
                /** @description No such thing (as of the state asked for). */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                /** @description the parameter at fault (BadParameter only) */
                                parameter?: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/state/proofs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Several public records with their proofs against the one state root of the answer's ledger size
         * @description Repeat `record=<model>/<key>` (up to 256, within the 2048-character URL limit) to get every record a page shows with one request: one state root, one signed state note, and one inclusion proof per record. Records asked for that never existed at that size are listed in `missing`. Give `asOf` as an entry index to pin the answer to the ledger size your other answers state. Checks: docs/audit.md, "State commitments".
         */
        get: {
            parameters: {
                query: {
                    /** @description a record as `<model>/<key>` (the key may hold `/`); repeat the parameter for more records */
                    record: string[];
                    /** @description Answer as of a past point: a 0-based ledger index (the state after that entry) or an ISO-8601 UTC time (the state after every entry recorded at or before it; a bare date means the end of that day in China Standard Time, UTC+8). Default: the current head. */
                    asOf?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description The ledger point the answer stands at: compare the root with a signed checkpoint of the same size. */
                            asOf: {
                                /** @description entries folded into this answer */
                                size: number;
                                /** @description standard base64 RFC 6962 root of those entries */
                                root: string;
                                /** @description path of the signed checkpoint of that size (the same as the Link header) */
                                checkpoint: string;
                            };
                            state: {
                                /** @description base64 SHA-256 */
                                root: string;
                                /** @description records (leaves) of the state tree */
                                records: number;
                                /** @description the signed state note of this size (C2SP signed note), when one was signed */
                                note: string | null;
                            };
                            /** @description the proofs of the records that exist, in the order asked */
                            proofs: {
                                model: string;
                                key: string;
                                record: unknown;
                                index: number;
                                size: number;
                                /** @description base64 SHA-256 */
                                leafHash: string;
                                path: string[];
                            }[];
                            /** @description the records asked for that never existed at this size */
                            missing: string[];
                        };
                    };
                };
                /** @description A parameter is malformed or out of range (the message names it and says why). */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                /** @description the parameter at fault (BadParameter only) */
                                parameter?: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/state/signed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The last signed state at or before a point: the size a past view can be proven at
         * @description The newest size, at or before `asOf` (default: the head), with a stored signed checkpoint and a signed state note. Ask the state endpoints and `/v1/state/proofs` with `asOf` = that size − 1 (an entry index) to get figures that verify against the note. `signed` is null when nothing was signed at or before the point.
         */
        get: {
            parameters: {
                query?: {
                    /** @description Answer as of a past point: a 0-based ledger index (the state after that entry) or an ISO-8601 UTC time (the state after every entry recorded at or before it; a bare date means the end of that day in China Standard Time, UTC+8). Default: the current head. */
                    asOf?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description the ledger size the point asked for stands at */
                            asked: number;
                            signed: {
                                /** @description The ledger point the answer stands at: compare the root with a signed checkpoint of the same size. */
                                asOf: {
                                    /** @description entries folded into this answer */
                                    size: number;
                                    /** @description standard base64 RFC 6962 root of those entries */
                                    root: string;
                                    /** @description path of the signed checkpoint of that size (the same as the Link header) */
                                    checkpoint: string;
                                };
                                /**
                                 * Format: date-time
                                 * @description when the last entry of that size was recorded (the ledger’s own time)
                                 */
                                recordedAt: string;
                                /** @description the signed state note of that size (C2SP signed note) */
                                note: string;
                            } | null;
                        };
                    };
                };
                /** @description A parameter is malformed or out of range (the message names it and says why). */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                /** @description the parameter at fault (BadParameter only) */
                                parameter?: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/complaints": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Complaints, filtered and paged (no personal data: no complainant, contact or text) */
        get: {
            parameters: {
                query?: {
                    /** @description Answer as of a past point: a 0-based ledger index (the state after that entry) or an ISO-8601 UTC time (the state after every entry recorded at or before it; a bare date means the end of that day in China Standard Time, UTC+8). Default: the current head. */
                    asOf?: string;
                    /** @description The time in question (ISO-8601 UTC). Default: the asOf time, the time of the asOf entry, or now (to the minute). */
                    at?: string;
                    status?: "filed" | "assigned" | "responded" | "resolved" | "reopened" | "escalated" | "closed";
                    /** @description community id */
                    community?: string;
                    /** @description property company id (the company serving the community) */
                    company?: string;
                    category?: "repair" | "noise" | "parking" | "sanitation" | "security" | "fee" | "other";
                    /** @description true: only complaints overdue at the time in question; false: only those not */
                    overdue?: boolean;
                    /** @description filing: oldest first (the default); newest: the most recently filed first */
                    order?: "filing" | "newest";
                    /** @description Page size, 1 to 200. */
                    limit?: number;
                    /** @description Opaque cursor: the `nextCursor` of the previous page. Keep the other parameters the same. */
                    cursor?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description The ledger point the answer stands at: compare the root with a signed checkpoint of the same size. */
                            asOf: {
                                /** @description entries folded into this answer */
                                size: number;
                                /** @description standard base64 RFC 6962 root of those entries */
                                root: string;
                                /** @description path of the signed checkpoint of that size (the same as the Link header) */
                                checkpoint: string;
                            };
                            /**
                             * Format: date-time
                             * @description the time in question, at which "overdue" is judged
                             */
                            at: string;
                            /** @description complaints matching the filter */
                            total: number;
                            items: {
                                complaintId: string;
                                communityId: string;
                                /** @description the company serving the community */
                                companyId: string;
                                /** @enum {string} */
                                category: "repair" | "noise" | "parking" | "sanitation" | "security" | "fee" | "other";
                                /** @enum {string} */
                                status: "filed" | "assigned" | "responded" | "resolved" | "reopened" | "escalated" | "closed";
                                /** Format: date-time */
                                filedAt: string;
                                assigneeCompanyId: string | null;
                                /** Format: date-time */
                                assignedAt: string | null;
                                /** Format: date-time */
                                dueAt: string | null;
                                /**
                                 * Format: date-time
                                 * @description the latest response
                                 */
                                respondedAt: string | null;
                                /**
                                 * Format: date-time
                                 * @description the latest resolution
                                 */
                                resolvedAt: string | null;
                                reopenedCount: number;
                                /** Format: date-time */
                                escalatedAt: string | null;
                                /** @description the joint meeting it was escalated to */
                                jointMeetingId: string | null;
                                /** Format: date-time */
                                closedAt: string | null;
                                satisfaction: number | null;
                                /**
                                 * Format: date-time
                                 * @description the latest act
                                 */
                                updatedAt: string;
                                /** @description open and due strictly before the time in question */
                                overdue: boolean;
                            }[];
                            /** @description pass as ?cursor= for the next page; null on the last page */
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description A parameter is malformed or out of range (the message names it and says why). */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                /** @description the parameter at fault (BadParameter only) */
                                parameter?: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/complaints/{complaintId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One complaint */
        get: {
            parameters: {
                query?: {
                    /** @description Answer as of a past point: a 0-based ledger index (the state after that entry) or an ISO-8601 UTC time (the state after every entry recorded at or before it; a bare date means the end of that day in China Standard Time, UTC+8). Default: the current head. */
                    asOf?: string;
                    /** @description The time in question (ISO-8601 UTC). Default: the asOf time, the time of the asOf entry, or now (to the minute). */
                    at?: string;
                };
                header?: never;
                path: {
                    complaintId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description The ledger point the answer stands at: compare the root with a signed checkpoint of the same size. */
                            asOf: {
                                /** @description entries folded into this answer */
                                size: number;
                                /** @description standard base64 RFC 6962 root of those entries */
                                root: string;
                                /** @description path of the signed checkpoint of that size (the same as the Link header) */
                                checkpoint: string;
                            };
                            /**
                             * Format: date-time
                             * @description the time in question
                             */
                            at: string;
                            complaint: {
                                complaintId: string;
                                communityId: string;
                                /** @description the company serving the community */
                                companyId: string;
                                /** @enum {string} */
                                category: "repair" | "noise" | "parking" | "sanitation" | "security" | "fee" | "other";
                                /** @enum {string} */
                                status: "filed" | "assigned" | "responded" | "resolved" | "reopened" | "escalated" | "closed";
                                /** Format: date-time */
                                filedAt: string;
                                assigneeCompanyId: string | null;
                                /** Format: date-time */
                                assignedAt: string | null;
                                /** Format: date-time */
                                dueAt: string | null;
                                /**
                                 * Format: date-time
                                 * @description the latest response
                                 */
                                respondedAt: string | null;
                                /**
                                 * Format: date-time
                                 * @description the latest resolution
                                 */
                                resolvedAt: string | null;
                                reopenedCount: number;
                                /** Format: date-time */
                                escalatedAt: string | null;
                                /** @description the joint meeting it was escalated to */
                                jointMeetingId: string | null;
                                /** Format: date-time */
                                closedAt: string | null;
                                satisfaction: number | null;
                                /**
                                 * Format: date-time
                                 * @description the latest act
                                 */
                                updatedAt: string;
                                /** @description open and due strictly before the time in question */
                                overdue: boolean;
                            };
                        };
                    };
                };
                /** @description A parameter is malformed or out of range (the message names it and says why). */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                /** @description the parameter at fault (BadParameter only) */
                                parameter?: string;
                            };
                        };
                    };
                };
                /** @description No such thing (as of the state asked for). */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                /** @description the parameter at fault (BadParameter only) */
                                parameter?: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/complaint-statistics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Complaint statistics overall and by month, community, company and category */
        get: {
            parameters: {
                query?: {
                    /** @description Answer as of a past point: a 0-based ledger index (the state after that entry) or an ISO-8601 UTC time (the state after every entry recorded at or before it; a bare date means the end of that day in China Standard Time, UTC+8). Default: the current head. */
                    asOf?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description The ledger point the answer stands at: compare the root with a signed checkpoint of the same size. */
                            asOf: {
                                /** @description entries folded into this answer */
                                size: number;
                                /** @description standard base64 RFC 6962 root of those entries */
                                root: string;
                                /** @description path of the signed checkpoint of that size (the same as the Link header) */
                                checkpoint: string;
                            };
                            /**
                             * Format: date-time
                             * @description overdue is judged at this time: the latest act folded
                             */
                            clock: string | null;
                            total: {
                                filed: number;
                                /** @description filed and not resolved */
                                open: number;
                                /** @description open with a due time before the clock */
                                overdue: number;
                                /** @description resolved or closed now */
                                resolved: number;
                                closed: number;
                                /** @description reopen acts */
                                reopenings: number;
                                /** @description complaints ever referred to a joint meeting */
                                escalated: number;
                                /** @description sum over resolved complaints of seconds from filing to resolution */
                                resolutionSecondsTotal: number;
                                resolutionSecondsCount: number;
                                averageResolutionSeconds: number | null;
                                /** @description sum of satisfaction scores (1–5) */
                                satisfactionTotal: number;
                                satisfactionCount: number;
                                averageSatisfaction: number | null;
                                /** @description closed complaints per score 1…5 */
                                satisfactionByScore: number[];
                            };
                            byMonth: {
                                /** @description the month (YYYY-MM, UTC), community, company or category */
                                key: string;
                                filed: number;
                                /** @description filed and not resolved */
                                open: number;
                                /** @description open with a due time before the clock */
                                overdue: number;
                                /** @description resolved or closed now */
                                resolved: number;
                                closed: number;
                                /** @description reopen acts */
                                reopenings: number;
                                /** @description complaints ever referred to a joint meeting */
                                escalated: number;
                                /** @description sum over resolved complaints of seconds from filing to resolution */
                                resolutionSecondsTotal: number;
                                resolutionSecondsCount: number;
                                averageResolutionSeconds: number | null;
                                /** @description sum of satisfaction scores (1–5) */
                                satisfactionTotal: number;
                                satisfactionCount: number;
                                averageSatisfaction: number | null;
                                /** @description closed complaints per score 1…5 */
                                satisfactionByScore: number[];
                            }[];
                            byCommunity: {
                                /** @description the month (YYYY-MM, UTC), community, company or category */
                                key: string;
                                filed: number;
                                /** @description filed and not resolved */
                                open: number;
                                /** @description open with a due time before the clock */
                                overdue: number;
                                /** @description resolved or closed now */
                                resolved: number;
                                closed: number;
                                /** @description reopen acts */
                                reopenings: number;
                                /** @description complaints ever referred to a joint meeting */
                                escalated: number;
                                /** @description sum over resolved complaints of seconds from filing to resolution */
                                resolutionSecondsTotal: number;
                                resolutionSecondsCount: number;
                                averageResolutionSeconds: number | null;
                                /** @description sum of satisfaction scores (1–5) */
                                satisfactionTotal: number;
                                satisfactionCount: number;
                                averageSatisfaction: number | null;
                                /** @description closed complaints per score 1…5 */
                                satisfactionByScore: number[];
                            }[];
                            byCompany: {
                                /** @description the month (YYYY-MM, UTC), community, company or category */
                                key: string;
                                filed: number;
                                /** @description filed and not resolved */
                                open: number;
                                /** @description open with a due time before the clock */
                                overdue: number;
                                /** @description resolved or closed now */
                                resolved: number;
                                closed: number;
                                /** @description reopen acts */
                                reopenings: number;
                                /** @description complaints ever referred to a joint meeting */
                                escalated: number;
                                /** @description sum over resolved complaints of seconds from filing to resolution */
                                resolutionSecondsTotal: number;
                                resolutionSecondsCount: number;
                                averageResolutionSeconds: number | null;
                                /** @description sum of satisfaction scores (1–5) */
                                satisfactionTotal: number;
                                satisfactionCount: number;
                                averageSatisfaction: number | null;
                                /** @description closed complaints per score 1…5 */
                                satisfactionByScore: number[];
                            }[];
                            byCategory: {
                                /** @description the month (YYYY-MM, UTC), community, company or category */
                                key: string;
                                filed: number;
                                /** @description filed and not resolved */
                                open: number;
                                /** @description open with a due time before the clock */
                                overdue: number;
                                /** @description resolved or closed now */
                                resolved: number;
                                closed: number;
                                /** @description reopen acts */
                                reopenings: number;
                                /** @description complaints ever referred to a joint meeting */
                                escalated: number;
                                /** @description sum over resolved complaints of seconds from filing to resolution */
                                resolutionSecondsTotal: number;
                                resolutionSecondsCount: number;
                                averageResolutionSeconds: number | null;
                                /** @description sum of satisfaction scores (1–5) */
                                satisfactionTotal: number;
                                satisfactionCount: number;
                                averageSatisfaction: number | null;
                                /** @description closed complaints per score 1…5 */
                                satisfactionByScore: number[];
                            }[];
                        };
                    };
                };
                /** @description A parameter is malformed or out of range (the message names it and says why). */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                /** @description the parameter at fault (BadParameter only) */
                                parameter?: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/votes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Votes in the order proposed */
        get: {
            parameters: {
                query?: {
                    /** @description Answer as of a past point: a 0-based ledger index (the state after that entry) or an ISO-8601 UTC time (the state after every entry recorded at or before it; a bare date means the end of that day in China Standard Time, UTC+8). Default: the current head. */
                    asOf?: string;
                    /** @description community id */
                    community?: string;
                    status?: "proposed" | "open" | "closed" | "certified";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description The ledger point the answer stands at: compare the root with a signed checkpoint of the same size. */
                            asOf: {
                                /** @description entries folded into this answer */
                                size: number;
                                /** @description standard base64 RFC 6962 root of those entries */
                                root: string;
                                /** @description path of the signed checkpoint of that size (the same as the Link header) */
                                checkpoint: string;
                            };
                            votes: {
                                voteId: string;
                                communityId: string;
                                /** @description the matter number of Civil Code art. 278 */
                                matter: number;
                                /** @description the matter as art. 278 names it (Chinese, with an English gloss) */
                                matterName: string;
                                title: string;
                                /** @enum {string} */
                                status: "proposed" | "open" | "closed" | "certified";
                                /** Format: date-time */
                                proposedAt: string;
                                /**
                                 * Format: date-time
                                 * @description voting closes at this time (exclusive)
                                 */
                                closesAt: string | null;
                                /** @description null until voting closed */
                                passed: boolean | null;
                            }[];
                        };
                    };
                };
                /** @description A parameter is malformed or out of range (the message names it and says why). */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                /** @description the parameter at fault (BadParameter only) */
                                parameter?: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/votes/{voteId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One vote with its Civil Code art. 278 breakdown (choices hidden until voting closes) */
        get: {
            parameters: {
                query?: {
                    /** @description Answer as of a past point: a 0-based ledger index (the state after that entry) or an ISO-8601 UTC time (the state after every entry recorded at or before it; a bare date means the end of that day in China Standard Time, UTC+8). Default: the current head. */
                    asOf?: string;
                };
                header?: never;
                path: {
                    voteId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description The ledger point the answer stands at: compare the root with a signed checkpoint of the same size. */
                            asOf: {
                                /** @description entries folded into this answer */
                                size: number;
                                /** @description standard base64 RFC 6962 root of those entries */
                                root: string;
                                /** @description path of the signed checkpoint of that size (the same as the Link header) */
                                checkpoint: string;
                            };
                            vote: {
                                voteId: string;
                                communityId: string;
                                /** @description the matter number of Civil Code art. 278 */
                                matter: number;
                                /** @description the matter as art. 278 names it (Chinese, with an English gloss) */
                                matterName: string;
                                title: string;
                                /** @enum {string} */
                                status: "proposed" | "open" | "closed" | "certified";
                                /** Format: date-time */
                                proposedAt: string;
                                /**
                                 * Format: date-time
                                 * @description voting closes at this time (exclusive)
                                 */
                                closesAt: string | null;
                                /** @description null until voting closed */
                                passed: boolean | null;
                                /** @enum {string} */
                                approvalRule: "more-than-half" | "three-quarters";
                                /** @description matter 5: the amount of the fund requested, in fen */
                                requestedAmountFen: number | null;
                                /** Format: date-time */
                                openedAt: string | null;
                                /** Format: date-time */
                                closedAt: string | null;
                                /** Format: date-time */
                                certifiedAt: string | null;
                                /** @description exclusive units in the electorate */
                                unitCount: number;
                                electorate: {
                                    /** @description area in hundredths of m² */
                                    areaM2Hundredths: number;
                                    /** @description owners (one head per owner) */
                                    owners: number;
                                };
                                participating: {
                                    /** @description area in hundredths of m² */
                                    areaM2Hundredths: number;
                                    /** @description owners (one head per owner) */
                                    owners: number;
                                };
                                choices: {
                                    approve: {
                                        /** @description area in hundredths of m² */
                                        areaM2Hundredths: number;
                                        /** @description owners (one head per owner) */
                                        owners: number;
                                    };
                                    reject: {
                                        /** @description area in hundredths of m² */
                                        areaM2Hundredths: number;
                                        /** @description owners (one head per owner) */
                                        owners: number;
                                    };
                                    abstain: {
                                        /** @description area in hundredths of m² */
                                        areaM2Hundredths: number;
                                        /** @description owners (one head per owner) */
                                        owners: number;
                                    };
                                } | null;
                                /** @description ballots that replaced an earlier ballot of the same owner */
                                changedBallots: number;
                                /**
                                 * @description sealed: choices hidden in every leaf; plain: an older ledger whose leaves show them
                                 * @enum {string|null}
                                 */
                                ballotSecrecy: "sealed" | "plain" | "mixed" | null;
                                outcome: {
                                    /** @description ≥ 2/3 of the area and ≥ 2/3 of the owners took part */
                                    participationMet: boolean;
                                    approvalMet: boolean;
                                    passed: boolean;
                                    certified: boolean;
                                    checks: {
                                        /** @enum {string} */
                                        name: "participating-area" | "participating-owners" | "approving-area" | "approving-owners";
                                        /** @description ≥ 2/3, ≥ 3/4 or > 1/2 */
                                        rule: string;
                                        actual: number;
                                        of: number;
                                        /** @description the least value that meets the rule */
                                        needed: number;
                                        met: boolean;
                                    }[];
                                    /** @description for each unmet threshold, why */
                                    reasons: string[];
                                } | null;
                            };
                        };
                    };
                };
                /** @description A parameter is malformed or out of range (the message names it and says why). */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                /** @description the parameter at fault (BadParameter only) */
                                parameter?: string;
                            };
                        };
                    };
                };
                /** @description No such thing (as of the state asked for). */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                /** @description the parameter at fault (BadParameter only) */
                                parameter?: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/votes/{voteId}/ballot-box": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The public part of a closed vote's sealed ballots (commitments, counted or replaced), for receipts */
        get: {
            parameters: {
                query?: {
                    /** @description Answer as of a past point: a 0-based ledger index (the state after that entry) or an ISO-8601 UTC time (the state after every entry recorded at or before it; a bare date means the end of that day in China Standard Time, UTC+8). Default: the current head. */
                    asOf?: string;
                };
                header?: never;
                path: {
                    voteId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description The ledger point the answer stands at: compare the root with a signed checkpoint of the same size. */
                            asOf: {
                                /** @description entries folded into this answer */
                                size: number;
                                /** @description standard base64 RFC 6962 root of those entries */
                                root: string;
                                /** @description path of the signed checkpoint of that size (the same as the Link header) */
                                checkpoint: string;
                            };
                            voteId: string;
                            /** @description false while voting runs (then no ballot is listed) */
                            closed: boolean;
                            /** @description the entry index of the VotingClosed event, whose public leaf holds the count */
                            closingIndex: number | null;
                            /** @description every sealed ballot of the vote, in ledger order */
                            ballots: {
                                /** @description entry index of the sealed ballot */
                                index: number;
                                /** @description the Pedersen commitment (ristretto255, hex) the ballot publishes */
                                commitment: string;
                                /** @description true for its owner's last ballot; false for a ballot a later one replaced */
                                counted: boolean;
                            }[];
                        };
                    };
                };
                /** @description A parameter is malformed or out of range (the message names it and says why). */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                /** @description the parameter at fault (BadParameter only) */
                                parameter?: string;
                            };
                        };
                    };
                };
                /** @description No such thing (as of the state asked for). */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                /** @description the parameter at fault (BadParameter only) */
                                parameter?: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/funds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every community's maintenance fund in brief, by community id */
        get: {
            parameters: {
                query?: {
                    /** @description Answer as of a past point: a 0-based ledger index (the state after that entry) or an ISO-8601 UTC time (the state after every entry recorded at or before it; a bare date means the end of that day in China Standard Time, UTC+8). Default: the current head. */
                    asOf?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description The ledger point the answer stands at: compare the root with a signed checkpoint of the same size. */
                            asOf: {
                                /** @description entries folded into this answer */
                                size: number;
                                /** @description standard base64 RFC 6962 root of those entries */
                                root: string;
                                /** @description path of the signed checkpoint of that size (the same as the Link header) */
                                checkpoint: string;
                            };
                            funds: {
                                communityId: string;
                                /** Format: date-time */
                                openedAt: string;
                                unitCount: number;
                                /** @description registered area of the units, hundredths of m² */
                                totalAreaM2Hundredths: number;
                                /** @description balance, in fen */
                                balanceFen: number;
                                /** @description deposited in total, in fen */
                                depositedFen: number;
                                /** @description disbursed in total, in fen */
                                disbursedFen: number;
                                /** @description refunded in total, in fen */
                                refundedFen: number;
                            }[];
                        };
                    };
                };
                /** @description A parameter is malformed or out of range (the message names it and says why). */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                /** @description the parameter at fault (BadParameter only) */
                                parameter?: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/funds/{communityId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One community's fund: balance history, deposits, disbursements and their authority */
        get: {
            parameters: {
                query?: {
                    /** @description Answer as of a past point: a 0-based ledger index (the state after that entry) or an ISO-8601 UTC time (the state after every entry recorded at or before it; a bare date means the end of that day in China Standard Time, UTC+8). Default: the current head. */
                    asOf?: string;
                };
                header?: never;
                path: {
                    communityId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description The ledger point the answer stands at: compare the root with a signed checkpoint of the same size. */
                            asOf: {
                                /** @description entries folded into this answer */
                                size: number;
                                /** @description standard base64 RFC 6962 root of those entries */
                                root: string;
                                /** @description path of the signed checkpoint of that size (the same as the Link header) */
                                checkpoint: string;
                            };
                            fund: {
                                communityId: string;
                                /** Format: date-time */
                                openedAt: string;
                                unitCount: number;
                                /** @description registered area of the units, hundredths of m² */
                                totalAreaM2Hundredths: number;
                                /** @description balance, in fen */
                                balanceFen: number;
                                /** @description deposited in total, in fen */
                                depositedFen: number;
                                /** @description disbursed in total, in fen */
                                disbursedFen: number;
                                /** @description refunded in total, in fen */
                                refundedFen: number;
                                /** @description every movement of money, in ledger order */
                                history: {
                                    /** @description the ledger entry of the movement */
                                    index: number;
                                    /** Format: date-time */
                                    at: string;
                                    /** @enum {string} */
                                    kind: "deposit" | "disbursement" | "refund";
                                    /** @description deposit, disbursement or refund id */
                                    ref: string;
                                    /** @description positive for deposits, negative for disbursements and refunds */
                                    changeFen: number;
                                    /** @description balance after the movement, in fen */
                                    balanceFen: number;
                                }[];
                                deposits: {
                                    depositId: string;
                                    /** Format: date-time */
                                    at: string;
                                    /** @description initial, top-up, interest, public-income or other */
                                    kind: string;
                                    /** @description total, in fen */
                                    totalFen: number;
                                    unitCount: number;
                                }[];
                                /** @description in the order requested */
                                disbursements: {
                                    disbursementId: string;
                                    purpose: string;
                                    /** @description amount, in fen */
                                    amountFen: number;
                                    /**
                                     * @description a certified passing matter-5 vote, or the emergency procedure
                                     * @enum {string}
                                     */
                                    authority: "vote" | "emergency";
                                    voteId: string | null;
                                    emergency: string | null;
                                    /** @enum {string} */
                                    status: "requested" | "approved" | "disbursed";
                                    /** Format: date-time */
                                    requestedAt: string;
                                    /**
                                     * Format: date-time
                                     * @description when the street office confirmed the emergency
                                     */
                                    emergencyConfirmedAt: string | null;
                                    /** Format: date-time */
                                    approvedAt: string | null;
                                    /** Format: date-time */
                                    disbursedAt: string | null;
                                    /** @description the organisation paid */
                                    payeeId: string | null;
                                }[];
                            };
                        };
                    };
                };
                /** @description A parameter is malformed or out of range (the message names it and says why). */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                /** @description the parameter at fault (BadParameter only) */
                                parameter?: string;
                            };
                        };
                    };
                };
                /** @description No such thing (as of the state asked for). */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                /** @description the parameter at fault (BadParameter only) */
                                parameter?: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/funds/{communityId}/units": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A community's unit accounts 分户账, in unit-id order */
        get: {
            parameters: {
                query?: {
                    /** @description Answer as of a past point: a 0-based ledger index (the state after that entry) or an ISO-8601 UTC time (the state after every entry recorded at or before it; a bare date means the end of that day in China Standard Time, UTC+8). Default: the current head. */
                    asOf?: string;
                    /** @description Page size, 1 to 500. */
                    limit?: number;
                    /** @description Opaque cursor: the `nextCursor` of the previous page. Keep the other parameters the same. */
                    cursor?: string;
                };
                header?: never;
                path: {
                    communityId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description The ledger point the answer stands at: compare the root with a signed checkpoint of the same size. */
                            asOf: {
                                /** @description entries folded into this answer */
                                size: number;
                                /** @description standard base64 RFC 6962 root of those entries */
                                root: string;
                                /** @description path of the signed checkpoint of that size (the same as the Link header) */
                                checkpoint: string;
                            };
                            communityId: string;
                            units: {
                                unitId: string;
                                /** @description registered area, hundredths of m² */
                                areaM2Hundredths: number;
                                /** @description balance, in fen */
                                balanceFen: number;
                                /** @description deposited, in fen */
                                depositedFen: number;
                                /** @description charged for disbursements, in fen */
                                chargedFen: number;
                                /** @description refunded, in fen */
                                refundedFen: number;
                            }[];
                            /** @description pass as ?cursor= for the next page; null on the last page */
                            nextCursor: string | null;
                        };
                    };
                };
                /** @description A parameter is malformed or out of range (the message names it and says why). */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                /** @description the parameter at fault (BadParameter only) */
                                parameter?: string;
                            };
                        };
                    };
                };
                /** @description No such thing (as of the state asked for). */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                /** @description the parameter at fault (BadParameter only) */
                                parameter?: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/funds/{communityId}/units/{unitId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One unit's account 分户账 */
        get: {
            parameters: {
                query?: {
                    /** @description Answer as of a past point: a 0-based ledger index (the state after that entry) or an ISO-8601 UTC time (the state after every entry recorded at or before it; a bare date means the end of that day in China Standard Time, UTC+8). Default: the current head. */
                    asOf?: string;
                };
                header?: never;
                path: {
                    communityId: string;
                    unitId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description The ledger point the answer stands at: compare the root with a signed checkpoint of the same size. */
                            asOf: {
                                /** @description entries folded into this answer */
                                size: number;
                                /** @description standard base64 RFC 6962 root of those entries */
                                root: string;
                                /** @description path of the signed checkpoint of that size (the same as the Link header) */
                                checkpoint: string;
                            };
                            communityId: string;
                            unit: {
                                unitId: string;
                                /** @description registered area, hundredths of m² */
                                areaM2Hundredths: number;
                                /** @description balance, in fen */
                                balanceFen: number;
                                /** @description deposited, in fen */
                                depositedFen: number;
                                /** @description charged for disbursements, in fen */
                                chargedFen: number;
                                /** @description refunded, in fen */
                                refundedFen: number;
                            };
                        };
                    };
                };
                /** @description A parameter is malformed or out of range (the message names it and says why). */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                /** @description the parameter at fault (BadParameter only) */
                                parameter?: string;
                            };
                        };
                    };
                };
                /** @description No such thing (as of the state asked for). */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                /** @description the parameter at fault (BadParameter only) */
                                parameter?: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/committees": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Owners' committees: totals and each community's committee (members counted, never named) */
        get: {
            parameters: {
                query?: {
                    /** @description Answer as of a past point: a 0-based ledger index (the state after that entry) or an ISO-8601 UTC time (the state after every entry recorded at or before it; a bare date means the end of that day in China Standard Time, UTC+8). Default: the current head. */
                    asOf?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description The ledger point the answer stands at: compare the root with a signed checkpoint of the same size. */
                            asOf: {
                                /** @description entries folded into this answer */
                                size: number;
                                /** @description standard base64 RFC 6962 root of those entries */
                                root: string;
                                /** @description path of the signed checkpoint of that size (the same as the Link header) */
                                checkpoint: string;
                            };
                            totals: {
                                /** @description communities with a committee */
                                committees: number;
                                /** @description committees filed and unchanged since */
                                filed: number;
                                members: number;
                                partyMembers: number;
                            };
                            committees: {
                                communityId: string;
                                /** @description the certified matter-3 vote that elected the sitting committee */
                                electedByVoteId: string;
                                /** Format: date-time */
                                electedAt: string;
                                /** Format: date-time */
                                termEndsAt: string | null;
                                /** @description sitting members */
                                memberCount: number;
                                /** @description party members among them */
                                partyMemberCount: number;
                                /** @description party members as a share of the sitting members */
                                partyMemberRatio: number;
                                /**
                                 * @description filing 备案 with the street office
                                 * @enum {string}
                                 */
                                filingStatus: "unfiled" | "filed" | "changed-since-filing";
                                /** Format: date-time */
                                filedAt: string | null;
                                filingNumber: string | null;
                                elections: number;
                                /** @description member changes since the last election */
                                memberChanges: number;
                                /** Format: date-time */
                                updatedAt: string;
                            }[];
                        };
                    };
                };
                /** @description A parameter is malformed or out of range (the message names it and says why). */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                /** @description the parameter at fault (BadParameter only) */
                                parameter?: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/committees/{communityId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One community's owners' committee */
        get: {
            parameters: {
                query?: {
                    /** @description Answer as of a past point: a 0-based ledger index (the state after that entry) or an ISO-8601 UTC time (the state after every entry recorded at or before it; a bare date means the end of that day in China Standard Time, UTC+8). Default: the current head. */
                    asOf?: string;
                };
                header?: never;
                path: {
                    communityId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description The ledger point the answer stands at: compare the root with a signed checkpoint of the same size. */
                            asOf: {
                                /** @description entries folded into this answer */
                                size: number;
                                /** @description standard base64 RFC 6962 root of those entries */
                                root: string;
                                /** @description path of the signed checkpoint of that size (the same as the Link header) */
                                checkpoint: string;
                            };
                            committee: {
                                communityId: string;
                                /** @description the certified matter-3 vote that elected the sitting committee */
                                electedByVoteId: string;
                                /** Format: date-time */
                                electedAt: string;
                                /** Format: date-time */
                                termEndsAt: string | null;
                                /** @description sitting members */
                                memberCount: number;
                                /** @description party members among them */
                                partyMemberCount: number;
                                /** @description party members as a share of the sitting members */
                                partyMemberRatio: number;
                                /**
                                 * @description filing 备案 with the street office
                                 * @enum {string}
                                 */
                                filingStatus: "unfiled" | "filed" | "changed-since-filing";
                                /** Format: date-time */
                                filedAt: string | null;
                                filingNumber: string | null;
                                elections: number;
                                /** @description member changes since the last election */
                                memberChanges: number;
                                /** Format: date-time */
                                updatedAt: string;
                            };
                        };
                    };
                };
                /** @description A parameter is malformed or out of range (the message names it and says why). */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                /** @description the parameter at fault (BadParameter only) */
                                parameter?: string;
                            };
                        };
                    };
                };
                /** @description No such thing (as of the state asked for). */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                /** @description the parameter at fault (BadParameter only) */
                                parameter?: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/public-income": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every community's public income in brief, by community id */
        get: {
            parameters: {
                query?: {
                    /** @description Answer as of a past point: a 0-based ledger index (the state after that entry) or an ISO-8601 UTC time (the state after every entry recorded at or before it; a bare date means the end of that day in China Standard Time, UTC+8). Default: the current head. */
                    asOf?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description The ledger point the answer stands at: compare the root with a signed checkpoint of the same size. */
                            asOf: {
                                /** @description entries folded into this answer */
                                size: number;
                                /** @description standard base64 RFC 6962 root of those entries */
                                root: string;
                                /** @description path of the signed checkpoint of that size (the same as the Link header) */
                                checkpoint: string;
                            };
                            communities: {
                                communityId: string;
                                /** @description income recorded, in fen */
                                totalIncomeFen: number;
                                /** @description allocated, in fen */
                                allocatedFen: number;
                                /** @description not yet allocated, in fen */
                                unallocatedFen: number;
                                /** @description income no disclosure has covered yet, in fen */
                                undisclosedIncomeFen: number;
                                /** Format: date-time */
                                lastDisclosedAt: string | null;
                            }[];
                        };
                    };
                };
                /** @description A parameter is malformed or out of range (the message names it and says why). */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                /** @description the parameter at fault (BadParameter only) */
                                parameter?: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/public-income/{communityId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One community's public income: sources, months, allocations, disclosures */
        get: {
            parameters: {
                query?: {
                    /** @description Answer as of a past point: a 0-based ledger index (the state after that entry) or an ISO-8601 UTC time (the state after every entry recorded at or before it; a bare date means the end of that day in China Standard Time, UTC+8). Default: the current head. */
                    asOf?: string;
                };
                header?: never;
                path: {
                    communityId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description The ledger point the answer stands at: compare the root with a signed checkpoint of the same size. */
                            asOf: {
                                /** @description entries folded into this answer */
                                size: number;
                                /** @description standard base64 RFC 6962 root of those entries */
                                root: string;
                                /** @description path of the signed checkpoint of that size (the same as the Link header) */
                                checkpoint: string;
                            };
                            income: {
                                communityId: string;
                                /** @description income recorded, in fen */
                                totalIncomeFen: number;
                                /** @description allocated, in fen */
                                allocatedFen: number;
                                /** @description not yet allocated, in fen */
                                unallocatedFen: number;
                                /** @description income no disclosure has covered yet, in fen */
                                undisclosedIncomeFen: number;
                                /** Format: date-time */
                                lastDisclosedAt: string | null;
                                bySource: {
                                    /**
                                     * @description advertising 广告, parking 停车, venue-rental 场地租赁, other
                                     * @enum {string}
                                     */
                                    source: "advertising" | "parking" | "venue-rental" | "other";
                                    /** @description income, in fen */
                                    incomeFen: number;
                                }[];
                                byMonth: {
                                    /** @description YYYY-MM, China Standard Time */
                                    month: string;
                                    /** @description income, in fen */
                                    incomeFen: number;
                                    /** @description not yet disclosed, in fen */
                                    undisclosedFen: number;
                                }[];
                                allocatedByTarget: {
                                    /** @enum {string} */
                                    target: "maintenance-fund" | "owners" | "expenses";
                                    /** @description allocated, in fen */
                                    allocatedFen: number;
                                }[];
                                disclosures: {
                                    disclosureId: string;
                                    /** Format: date-time */
                                    at: string;
                                    /** @description first month covered */
                                    periodFrom: string;
                                    /** @description last month covered */
                                    periodTo: string;
                                    /** @description income of the months covered, in fen */
                                    incomeFen: number;
                                    /** @description SHA-256 (hex) of the disclosure document */
                                    documentSha256: string | null;
                                }[];
                            };
                        };
                    };
                };
                /** @description A parameter is malformed or out of range (the message names it and says why). */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                /** @description the parameter at fault (BadParameter only) */
                                parameter?: string;
                            };
                        };
                    };
                };
                /** @description No such thing (as of the state asked for). */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                /** @description the parameter at fault (BadParameter only) */
                                parameter?: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/ratings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The quarters rated, oldest first */
        get: {
            parameters: {
                query?: {
                    /** @description Answer as of a past point: a 0-based ledger index (the state after that entry) or an ISO-8601 UTC time (the state after every entry recorded at or before it; a bare date means the end of that day in China Standard Time, UTC+8). Default: the current head. */
                    asOf?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description The ledger point the answer stands at: compare the root with a signed checkpoint of the same size. */
                            asOf: {
                                /** @description entries folded into this answer */
                                size: number;
                                /** @description standard base64 RFC 6962 root of those entries */
                                root: string;
                                /** @description path of the signed checkpoint of that size (the same as the Link header) */
                                checkpoint: string;
                            };
                            quarters: {
                                quarter: string;
                                /** @description the red-black list is published; ratings are frozen */
                                published: boolean;
                                ratedProjects: number;
                            }[];
                        };
                    };
                };
                /** @description A parameter is malformed or out of range (the message names it and says why). */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                /** @description the parameter at fault (BadParameter only) */
                                parameter?: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/ratings/{quarter}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A quarter's ratings with their corrections */
        get: {
            parameters: {
                query?: {
                    /** @description Answer as of a past point: a 0-based ledger index (the state after that entry) or an ISO-8601 UTC time (the state after every entry recorded at or before it; a bare date means the end of that day in China Standard Time, UTC+8). Default: the current head. */
                    asOf?: string;
                };
                header?: never;
                path: {
                    /** @description A quarter such as 2024Q1. */
                    quarter: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description The ledger point the answer stands at: compare the root with a signed checkpoint of the same size. */
                            asOf: {
                                /** @description entries folded into this answer */
                                size: number;
                                /** @description standard base64 RFC 6962 root of those entries */
                                root: string;
                                /** @description path of the signed checkpoint of that size (the same as the Link header) */
                                checkpoint: string;
                            };
                            ratings: {
                                quarter: string;
                                published: boolean;
                                ratings: {
                                    projectId: string;
                                    companyId: string;
                                    /** @description points, 0–100 */
                                    score: number;
                                    /** @enum {string} */
                                    grade: "excellent" | "good" | "qualified" | "unqualified";
                                    /** Format: date-time */
                                    ratedAt: string;
                                    corrections: {
                                        /** @description points, 0–100 */
                                        previousScore: number;
                                        /** @enum {string} */
                                        previousGrade: "excellent" | "good" | "qualified" | "unqualified";
                                        reason: string;
                                        /** Format: date-time */
                                        correctedAt: string;
                                    }[];
                                }[];
                            };
                        };
                    };
                };
                /** @description A parameter is malformed or out of range (the message names it and says why). */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                /** @description the parameter at fault (BadParameter only) */
                                parameter?: string;
                            };
                        };
                    };
                };
                /** @description No such thing (as of the state asked for). */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                /** @description the parameter at fault (BadParameter only) */
                                parameter?: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/red-black-lists": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The published red-black lists in brief, oldest first */
        get: {
            parameters: {
                query?: {
                    /** @description Answer as of a past point: a 0-based ledger index (the state after that entry) or an ISO-8601 UTC time (the state after every entry recorded at or before it; a bare date means the end of that day in China Standard Time, UTC+8). Default: the current head. */
                    asOf?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description The ledger point the answer stands at: compare the root with a signed checkpoint of the same size. */
                            asOf: {
                                /** @description entries folded into this answer */
                                size: number;
                                /** @description standard base64 RFC 6962 root of those entries */
                                root: string;
                                /** @description path of the signed checkpoint of that size (the same as the Link header) */
                                checkpoint: string;
                            };
                            lists: {
                                quarter: string;
                                /** Format: date-time */
                                publishedAt: string;
                                redCount: number;
                                blackCount: number;
                            }[];
                        };
                    };
                };
                /** @description A parameter is malformed or out of range (the message names it and says why). */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                /** @description the parameter at fault (BadParameter only) */
                                parameter?: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/red-black-lists/{quarter}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A quarter's published red-black list and the credit policy it followed */
        get: {
            parameters: {
                query?: {
                    /** @description Answer as of a past point: a 0-based ledger index (the state after that entry) or an ISO-8601 UTC time (the state after every entry recorded at or before it; a bare date means the end of that day in China Standard Time, UTC+8). Default: the current head. */
                    asOf?: string;
                };
                header?: never;
                path: {
                    /** @description A quarter such as 2024Q1. */
                    quarter: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description The ledger point the answer stands at: compare the root with a signed checkpoint of the same size. */
                            asOf: {
                                /** @description entries folded into this answer */
                                size: number;
                                /** @description standard base64 RFC 6962 root of those entries */
                                root: string;
                                /** @description path of the signed checkpoint of that size (the same as the Link header) */
                                checkpoint: string;
                            };
                            list: {
                                quarter: string;
                                /** Format: date-time */
                                publishedAt: string;
                                /** @description best first */
                                red: {
                                    projectId: string;
                                    /** @description the company managing the project when rated */
                                    companyId: string;
                                    /** @description points, 0–100 */
                                    score: number;
                                    /** @enum {string} */
                                    grade: "excellent" | "good" | "qualified" | "unqualified";
                                }[];
                                /** @description worst first */
                                black: {
                                    projectId: string;
                                    /** @description the company managing the project when rated */
                                    companyId: string;
                                    /** @description points, 0–100 */
                                    score: number;
                                    /** @enum {string} */
                                    grade: "excellent" | "good" | "qualified" | "unqualified";
                                }[];
                                /** @description the credit policy the list was drawn up under */
                                policy: {
                                    /** @description points, 0–100 */
                                    redMinScore: number;
                                    /** @description points, 0–100 */
                                    blackBelowScore: number;
                                    pointsPerRedListing: number;
                                    pointsPerBlackListing: number;
                                    tenderSuspension: {
                                        blackListings: number;
                                        withinQuarters: number;
                                        suspendedQuarters: number;
                                    };
                                    awardBlockQuarters: number;
                                };
                            };
                        };
                    };
                };
                /** @description A parameter is malformed or out of range (the message names it and says why). */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                /** @description the parameter at fault (BadParameter only) */
                                parameter?: string;
                            };
                        };
                    };
                };
                /** @description No such thing (as of the state asked for). */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                /** @description the parameter at fault (BadParameter only) */
                                parameter?: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/companies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every property company with a credit file, by company id */
        get: {
            parameters: {
                query?: {
                    /** @description Answer as of a past point: a 0-based ledger index (the state after that entry) or an ISO-8601 UTC time (the state after every entry recorded at or before it; a bare date means the end of that day in China Standard Time, UTC+8). Default: the current head. */
                    asOf?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description The ledger point the answer stands at: compare the root with a signed checkpoint of the same size. */
                            asOf: {
                                /** @description entries folded into this answer */
                                size: number;
                                /** @description standard base64 RFC 6962 root of those entries */
                                root: string;
                                /** @description path of the signed checkpoint of that size (the same as the Link header) */
                                checkpoint: string;
                            };
                            companies: {
                                companyId: string;
                                /** @description the registered name (null if a list names a company never registered) */
                                name: string | null;
                                /** @description sum of the credit points of every publication */
                                creditPoints: number;
                                redListings: number;
                                blackListings: number;
                                /** @description last quarter of any 前期物业管理 tender suspension */
                                tenderSuspendedThrough: string | null;
                                /** @description last quarter of any award block 评优评先 */
                                awardBlockedThrough: string | null;
                                tendersAwarded: number;
                            }[];
                        };
                    };
                };
                /** @description A parameter is malformed or out of range (the message names it and says why). */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                /** @description the parameter at fault (BadParameter only) */
                                parameter?: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/companies/{companyId}/credit-file": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A company's credit file with its eligibility in a quarter */
        get: {
            parameters: {
                query?: {
                    /** @description Answer as of a past point: a 0-based ledger index (the state after that entry) or an ISO-8601 UTC time (the state after every entry recorded at or before it; a bare date means the end of that day in China Standard Time, UTC+8). Default: the current head. */
                    asOf?: string;
                    /** @description The time in question (ISO-8601 UTC). Default: the asOf time, the time of the asOf entry, or now (to the minute). */
                    at?: string;
                    /** @description A quarter such as 2024Q1. */
                    quarter?: string;
                };
                header?: never;
                path: {
                    companyId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description The ledger point the answer stands at: compare the root with a signed checkpoint of the same size. */
                            asOf: {
                                /** @description entries folded into this answer */
                                size: number;
                                /** @description standard base64 RFC 6962 root of those entries */
                                root: string;
                                /** @description path of the signed checkpoint of that size (the same as the Link header) */
                                checkpoint: string;
                            };
                            creditFile: {
                                companyId: string;
                                /** @description the registered name (null if a list names a company never registered) */
                                name: string | null;
                                /** @description sum of the credit points of every publication */
                                creditPoints: number;
                                redListings: number;
                                blackListings: number;
                                /** @description last quarter of any 前期物业管理 tender suspension */
                                tenderSuspendedThrough: string | null;
                                /** @description last quarter of any award block 评优评先 */
                                awardBlockedThrough: string | null;
                                tendersAwarded: number;
                                listings: {
                                    quarter: string;
                                    /** @enum {string} */
                                    listing: "red" | "black";
                                    projectId: string;
                                    score: number;
                                    /** @enum {string} */
                                    grade: "excellent" | "good" | "qualified" | "unqualified";
                                }[];
                                tenderSuspensions: {
                                    from: string;
                                    through: string;
                                    /** @description the quarter whose list caused it */
                                    listedIn: string;
                                }[];
                                awardBlocks: {
                                    from: string;
                                    through: string;
                                    /** @description the quarter whose list caused it */
                                    listedIn: string;
                                }[];
                                awards: {
                                    projectId: string;
                                    /** Format: date-time */
                                    awardedAt: string;
                                    quarter: string;
                                }[];
                                /** @description as far as the credit file knows */
                                eligibility: {
                                    /** @description the quarter judged (the ?quarter asked for, else that of the time in question, China Standard Time) */
                                    quarter: string;
                                    /** @description may be awarded a 前期物业管理 tender in that quarter */
                                    mayTender: boolean;
                                    /** @description may be considered for awards 评优评先 in that quarter */
                                    mayBeConsideredForAwards: boolean;
                                };
                            };
                        };
                    };
                };
                /** @description A parameter is malformed or out of range (the message names it and says why). */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                /** @description the parameter at fault (BadParameter only) */
                                parameter?: string;
                            };
                        };
                    };
                };
                /** @description No such thing (as of the state asked for). */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                /** @description the parameter at fault (BadParameter only) */
                                parameter?: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/coverage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Old-community coverage: counts, exact rate, modes, areas and communities */
        get: {
            parameters: {
                query?: {
                    /** @description Answer as of a past point: a 0-based ledger index (the state after that entry) or an ISO-8601 UTC time (the state after every entry recorded at or before it; a bare date means the end of that day in China Standard Time, UTC+8). Default: the current head. */
                    asOf?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description The ledger point the answer stands at: compare the root with a signed checkpoint of the same size. */
                            asOf: {
                                /** @description entries folded into this answer */
                                size: number;
                                /** @description standard base64 RFC 6962 root of those entries */
                                root: string;
                                /** @description path of the signed checkpoint of that size (the same as the Link header) */
                                checkpoint: string;
                            };
                            /** @description management areas 物业管理区域 designated */
                            managementAreas: number;
                            /** @description old communities 老旧小区 registered */
                            oldCommunities: number;
                            /** @description old communities covered now */
                            covered: number;
                            /** @description an exact fraction */
                            rate: {
                                numerator: number;
                                denominator: number;
                                /** @description the rate in 1/10,000, rounded down (10,000 = all); null when the denominator is 0 */
                                basisPoints: number | null;
                            };
                            byMode: {
                                /** @enum {string} */
                                mode: "market-company" | "state-owned-company" | "shared-service" | "owner-self-management";
                                covered: number;
                            }[];
                            areas: {
                                areaId: string;
                                town: string;
                                communityIds: string[];
                            }[];
                            communities: {
                                communityId: string;
                                name: string;
                                town: string;
                                areaId: string | null;
                                /** @enum {string|null} */
                                mode: "market-company" | "state-owned-company" | "shared-service" | "owner-self-management" | null;
                                /** @description the serving company, if any */
                                companyId: string | null;
                            }[];
                        };
                    };
                };
                /** @description A parameter is malformed or out of range (the message names it and says why). */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                /** @description the parameter at fault (BadParameter only) */
                                parameter?: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/party-building": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Party organisations of property companies and their coverage */
        get: {
            parameters: {
                query?: {
                    /** @description Answer as of a past point: a 0-based ledger index (the state after that entry) or an ISO-8601 UTC time (the state after every entry recorded at or before it; a bare date means the end of that day in China Standard Time, UTC+8). Default: the current head. */
                    asOf?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description The ledger point the answer stands at: compare the root with a signed checkpoint of the same size. */
                            asOf: {
                                /** @description entries folded into this answer */
                                size: number;
                                /** @description standard base64 RFC 6962 root of those entries */
                                root: string;
                                /** @description path of the signed checkpoint of that size (the same as the Link header) */
                                checkpoint: string;
                            };
                            /** @description industry party committees 物业行业党委 */
                            committees: {
                                committeeId: string;
                                name: string;
                            }[];
                            /** @description companies in at least one active organisation */
                            companiesCovered: number;
                            /** @description party members counted in active organisations */
                            partyMembersCovered: number;
                            byForm: {
                                /** @enum {string} */
                                form: "single" | "joint";
                                /** @description active organisations */
                                organisations: number;
                                companies: number;
                            }[];
                            organisations: {
                                organisationId: string;
                                committeeId: string;
                                /**
                                 * @description single 单建 or joint 联建
                                 * @enum {string}
                                 */
                                form: "single" | "joint";
                                companyIds: string[];
                                active: boolean;
                                /** Format: date-time */
                                registeredAt: string;
                                /** Format: date-time */
                                dissolvedAt: string | null;
                                /** @description sum of the latest count of each company */
                                memberCount: number;
                                memberCounts: {
                                    companyId: string;
                                    memberCount: number;
                                    /** Format: date-time */
                                    countedAt: string;
                                }[];
                            }[];
                        };
                    };
                };
                /** @description A parameter is malformed or out of range (the message names it and says why). */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                /** @description the parameter at fault (BadParameter only) */
                                parameter?: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/pilots": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Pilot projects and demonstration sites */
        get: {
            parameters: {
                query?: {
                    /** @description Answer as of a past point: a 0-based ledger index (the state after that entry) or an ISO-8601 UTC time (the state after every entry recorded at or before it; a bare date means the end of that day in China Standard Time, UTC+8). Default: the current head. */
                    asOf?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description The ledger point the answer stands at: compare the root with a signed checkpoint of the same size. */
                            asOf: {
                                /** @description entries folded into this answer */
                                size: number;
                                /** @description standard base64 RFC 6962 root of those entries */
                                root: string;
                                /** @description path of the signed checkpoint of that size (the same as the Link header) */
                                checkpoint: string;
                            };
                            pilots: {
                                pilotId: string;
                                /** @enum {string} */
                                kind: "red-property" | "property-elderly-care" | "digital-home" | "post-station";
                                name: string;
                                projectIds: string[];
                                /** @description the designating body when not the housing bureau */
                                designatedBy: string | null;
                                /** Format: date-time */
                                launchedAt: string;
                                /** Format: date-time */
                                completedAt: string | null;
                                /** @description what the pilot achieved, once completed */
                                summary: string | null;
                            }[];
                            byKind: {
                                /** @enum {string} */
                                kind: "red-property" | "property-elderly-care" | "digital-home" | "post-station";
                                running: number;
                                completed: number;
                                projectIds: string[];
                            }[];
                            demonstrationSites: {
                                /** @enum {string} */
                                level: "provincial" | "suzhou-municipal";
                                /** @description sites held now */
                                count: number;
                                projectIds: string[];
                            }[];
                        };
                    };
                };
                /** @description A parameter is malformed or out of range (the message names it and says why). */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                /** @description the parameter at fault (BadParameter only) */
                                parameter?: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/registry": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every registered company, project, street office and community, with its name */
        get: {
            parameters: {
                query?: {
                    /** @description Answer as of a past point: a 0-based ledger index (the state after that entry) or an ISO-8601 UTC time (the state after every entry recorded at or before it; a bare date means the end of that day in China Standard Time, UTC+8). Default: the current head. */
                    asOf?: string;
                    /** @description only entries of this kind */
                    kind?: "company" | "project" | "street-office" | "residents-community" | "management-area";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description The ledger point the answer stands at: compare the root with a signed checkpoint of the same size. */
                            asOf: {
                                /** @description entries folded into this answer */
                                size: number;
                                /** @description standard base64 RFC 6962 root of those entries */
                                root: string;
                                /** @description path of the signed checkpoint of that size (the same as the Link header) */
                                checkpoint: string;
                            };
                            entries: {
                                id: string;
                                /** @enum {string} */
                                kind: "company" | "project" | "street-office" | "residents-community" | "management-area";
                                /** @description the registered Chinese name */
                                name: string;
                                /** @description false once the registration ended */
                                active: boolean;
                                /**
                                 * Format: date-time
                                 * @description when the ledger recorded the registration
                                 */
                                registeredAt: string;
                                /**
                                 * Format: date-time
                                 * @description when the registration ended, or null
                                 */
                                endedAt: string | null;
                                /** @description a project's town, a community's street office id, or null */
                                within: string | null;
                                /** @description a project's managing companies, oldest first (empty for other kinds) */
                                managedBy: {
                                    companyId: string;
                                    /** Format: date-time */
                                    from: string;
                                    /**
                                     * Format: date-time
                                     * @description null while the company still manages the project
                                     */
                                    until: string | null;
                                }[];
                            }[];
                        };
                    };
                };
                /** @description A parameter is malformed or out of range (the message names it and says why). */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                /** @description the parameter at fault (BadParameter only) */
                                parameter?: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/registry/{kind}/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One registered entry: its name, whether it is active and, for a project, who managed it */
        get: {
            parameters: {
                query?: {
                    /** @description Answer as of a past point: a 0-based ledger index (the state after that entry) or an ISO-8601 UTC time (the state after every entry recorded at or before it; a bare date means the end of that day in China Standard Time, UTC+8). Default: the current head. */
                    asOf?: string;
                };
                header?: never;
                path: {
                    kind: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description The ledger point the answer stands at: compare the root with a signed checkpoint of the same size. */
                            asOf: {
                                /** @description entries folded into this answer */
                                size: number;
                                /** @description standard base64 RFC 6962 root of those entries */
                                root: string;
                                /** @description path of the signed checkpoint of that size (the same as the Link header) */
                                checkpoint: string;
                            };
                            entry: {
                                id: string;
                                /** @enum {string} */
                                kind: "company" | "project" | "street-office" | "residents-community" | "management-area";
                                /** @description the registered Chinese name */
                                name: string;
                                /** @description false once the registration ended */
                                active: boolean;
                                /**
                                 * Format: date-time
                                 * @description when the ledger recorded the registration
                                 */
                                registeredAt: string;
                                /**
                                 * Format: date-time
                                 * @description when the registration ended, or null
                                 */
                                endedAt: string | null;
                                /** @description a project's town, a community's street office id, or null */
                                within: string | null;
                                /** @description a project's managing companies, oldest first (empty for other kinds) */
                                managedBy: {
                                    companyId: string;
                                    /** Format: date-time */
                                    from: string;
                                    /**
                                     * Format: date-time
                                     * @description null while the company still manages the project
                                     */
                                    until: string | null;
                                }[];
                            };
                        };
                    };
                };
                /** @description A parameter is malformed or out of range (the message names it and says why). */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                /** @description the parameter at fault (BadParameter only) */
                                parameter?: string;
                            };
                        };
                    };
                };
                /** @description No such thing (as of the state asked for). */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                /** @description the parameter at fault (BadParameter only) */
                                parameter?: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/joint-meetings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Joint meetings in brief, by meeting id */
        get: {
            parameters: {
                query?: {
                    /** @description Answer as of a past point: a 0-based ledger index (the state after that entry) or an ISO-8601 UTC time (the state after every entry recorded at or before it; a bare date means the end of that day in China Standard Time, UTC+8). Default: the current head. */
                    asOf?: string;
                    /** @description community id */
                    community?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description The ledger point the answer stands at: compare the root with a signed checkpoint of the same size. */
                            asOf: {
                                /** @description entries folded into this answer */
                                size: number;
                                /** @description standard base64 RFC 6962 root of those entries */
                                root: string;
                                /** @description path of the signed checkpoint of that size (the same as the Link header) */
                                checkpoint: string;
                            };
                            openResolutions: number;
                            completedResolutions: number;
                            meetings: {
                                meetingId: string;
                                communityId: string;
                                /** Format: date-time */
                                convenedAt: string;
                                partyCount: number;
                                topicCount: number;
                                resolutionCount: number;
                                openResolutions: number;
                            }[];
                        };
                    };
                };
                /** @description A parameter is malformed or out of range (the message names it and says why). */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                /** @description the parameter at fault (BadParameter only) */
                                parameter?: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/joint-meetings/resolutions/overdue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Open resolutions overdue at the time in question, most overdue first */
        get: {
            parameters: {
                query?: {
                    /** @description Answer as of a past point: a 0-based ledger index (the state after that entry) or an ISO-8601 UTC time (the state after every entry recorded at or before it; a bare date means the end of that day in China Standard Time, UTC+8). Default: the current head. */
                    asOf?: string;
                    /** @description The time in question (ISO-8601 UTC). Default: the asOf time, the time of the asOf entry, or now (to the minute). */
                    at?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description The ledger point the answer stands at: compare the root with a signed checkpoint of the same size. */
                            asOf: {
                                /** @description entries folded into this answer */
                                size: number;
                                /** @description standard base64 RFC 6962 root of those entries */
                                root: string;
                                /** @description path of the signed checkpoint of that size (the same as the Link header) */
                                checkpoint: string;
                            };
                            /**
                             * Format: date-time
                             * @description the time in question
                             */
                            at: string;
                            resolutions: {
                                meetingId: string;
                                resolutionId: string;
                                decision: string;
                                responsibleOrganisationId: string;
                                /** Format: date-time */
                                dueAt: string;
                                /** Format: date-time */
                                recordedAt: string;
                                /** @enum {string} */
                                status: "open" | "completed";
                                /** Format: date-time */
                                completedAt: string | null;
                                outcome: string | null;
                                /** @description completed after its due time; null while open */
                                completedLate: boolean | null;
                                /** @description open and due strictly before the time in question */
                                overdue: boolean;
                            }[];
                        };
                    };
                };
                /** @description A parameter is malformed or out of range (the message names it and says why). */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                /** @description the parameter at fault (BadParameter only) */
                                parameter?: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/joint-meetings/{meetingId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One joint meeting: parties, topics and resolutions */
        get: {
            parameters: {
                query?: {
                    /** @description Answer as of a past point: a 0-based ledger index (the state after that entry) or an ISO-8601 UTC time (the state after every entry recorded at or before it; a bare date means the end of that day in China Standard Time, UTC+8). Default: the current head. */
                    asOf?: string;
                    /** @description The time in question (ISO-8601 UTC). Default: the asOf time, the time of the asOf entry, or now (to the minute). */
                    at?: string;
                };
                header?: never;
                path: {
                    meetingId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description The ledger point the answer stands at: compare the root with a signed checkpoint of the same size. */
                            asOf: {
                                /** @description entries folded into this answer */
                                size: number;
                                /** @description standard base64 RFC 6962 root of those entries */
                                root: string;
                                /** @description path of the signed checkpoint of that size (the same as the Link header) */
                                checkpoint: string;
                            };
                            /**
                             * Format: date-time
                             * @description the time in question
                             */
                            at: string;
                            meeting: {
                                meetingId: string;
                                communityId: string;
                                /** Format: date-time */
                                convenedAt: string;
                                partyCount: number;
                                topicCount: number;
                                resolutionCount: number;
                                openResolutions: number;
                                parties: {
                                    /** @description e.g. community-party-organisation, property-company */
                                    kind: string;
                                    organisationId: string;
                                }[];
                                topics: {
                                    kind: string;
                                    summary: string;
                                    /** @description the escalated complaint, if any */
                                    complaintId: string | null;
                                }[];
                                resolutions: {
                                    meetingId: string;
                                    resolutionId: string;
                                    decision: string;
                                    responsibleOrganisationId: string;
                                    /** Format: date-time */
                                    dueAt: string;
                                    /** Format: date-time */
                                    recordedAt: string;
                                    /** @enum {string} */
                                    status: "open" | "completed";
                                    /** Format: date-time */
                                    completedAt: string | null;
                                    outcome: string | null;
                                    /** @description completed after its due time; null while open */
                                    completedLate: boolean | null;
                                    /** @description open and due strictly before the time in question */
                                    overdue: boolean;
                                }[];
                            };
                        };
                    };
                };
                /** @description A parameter is malformed or out of range (the message names it and says why). */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                /** @description the parameter at fault (BadParameter only) */
                                parameter?: string;
                            };
                        };
                    };
                };
                /** @description No such thing (as of the state asked for). */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                /** @description the parameter at fault (BadParameter only) */
                                parameter?: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/notices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Notices on display at the time in question (all=true: every notice) */
        get: {
            parameters: {
                query?: {
                    /** @description Answer as of a past point: a 0-based ledger index (the state after that entry) or an ISO-8601 UTC time (the state after every entry recorded at or before it; a bare date means the end of that day in China Standard Time, UTC+8). Default: the current head. */
                    asOf?: string;
                    /** @description The time in question (ISO-8601 UTC). Default: the asOf time, the time of the asOf entry, or now (to the minute). */
                    at?: string;
                    /** @description community id */
                    community?: string;
                    kind?: "vote-result" | "fund-use" | "public-income" | "committee-election" | "red-black-list" | "general";
                    /** @description true: every notice, not only those on display */
                    all?: boolean;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description The ledger point the answer stands at: compare the root with a signed checkpoint of the same size. */
                            asOf: {
                                /** @description entries folded into this answer */
                                size: number;
                                /** @description standard base64 RFC 6962 root of those entries */
                                root: string;
                                /** @description path of the signed checkpoint of that size (the same as the Link header) */
                                checkpoint: string;
                            };
                            /**
                             * Format: date-time
                             * @description the time in question
                             */
                            at: string;
                            notices: {
                                noticeId: string;
                                communityId: string;
                                /** @enum {string} */
                                kind: "vote-result" | "fund-use" | "public-income" | "committee-election" | "red-black-list" | "general";
                                title: string;
                                /** @description what it discloses: a vote, a disbursement, an election… */
                                subjectId: string | null;
                                /** @description SHA-256 (hex) of the notice document */
                                documentSha256: string | null;
                                /** Format: date-time */
                                disclosureFrom: string;
                                /**
                                 * Format: date-time
                                 * @description end of the disclosure period (excluded)
                                 */
                                disclosureUntil: string;
                                /** @description the minimum disclosure period in force for its kind when published */
                                minimumDays: number;
                                /** Format: date-time */
                                publishedAt: string;
                                publisher: {
                                    /** @description the publishing organisation */
                                    id: string;
                                    role: string;
                                };
                                /** Format: date-time */
                                withdrawnAt: string | null;
                                withdrawalReason: string | null;
                                /** @description within its disclosure period and not withdrawn at the time in question */
                                onDisplay: boolean;
                            }[];
                        };
                    };
                };
                /** @description A parameter is malformed or out of range (the message names it and says why). */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                /** @description the parameter at fault (BadParameter only) */
                                parameter?: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/notices/{noticeId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One notice */
        get: {
            parameters: {
                query?: {
                    /** @description Answer as of a past point: a 0-based ledger index (the state after that entry) or an ISO-8601 UTC time (the state after every entry recorded at or before it; a bare date means the end of that day in China Standard Time, UTC+8). Default: the current head. */
                    asOf?: string;
                    /** @description The time in question (ISO-8601 UTC). Default: the asOf time, the time of the asOf entry, or now (to the minute). */
                    at?: string;
                };
                header?: never;
                path: {
                    noticeId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description The ledger point the answer stands at: compare the root with a signed checkpoint of the same size. */
                            asOf: {
                                /** @description entries folded into this answer */
                                size: number;
                                /** @description standard base64 RFC 6962 root of those entries */
                                root: string;
                                /** @description path of the signed checkpoint of that size (the same as the Link header) */
                                checkpoint: string;
                            };
                            /**
                             * Format: date-time
                             * @description the time in question
                             */
                            at: string;
                            notice: {
                                noticeId: string;
                                communityId: string;
                                /** @enum {string} */
                                kind: "vote-result" | "fund-use" | "public-income" | "committee-election" | "red-black-list" | "general";
                                title: string;
                                /** @description what it discloses: a vote, a disbursement, an election… */
                                subjectId: string | null;
                                /** @description SHA-256 (hex) of the notice document */
                                documentSha256: string | null;
                                /** Format: date-time */
                                disclosureFrom: string;
                                /**
                                 * Format: date-time
                                 * @description end of the disclosure period (excluded)
                                 */
                                disclosureUntil: string;
                                /** @description the minimum disclosure period in force for its kind when published */
                                minimumDays: number;
                                /** Format: date-time */
                                publishedAt: string;
                                publisher: {
                                    /** @description the publishing organisation */
                                    id: string;
                                    role: string;
                                };
                                /** Format: date-time */
                                withdrawnAt: string | null;
                                withdrawalReason: string | null;
                                /** @description within its disclosure period and not withdrawn at the time in question */
                                onDisplay: boolean;
                            };
                        };
                    };
                };
                /** @description A parameter is malformed or out of range (the message names it and says why). */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                /** @description the parameter at fault (BadParameter only) */
                                parameter?: string;
                            };
                        };
                    };
                };
                /** @description No such thing (as of the state asked for). */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                code: string;
                                message: string;
                                /** @description the parameter at fault (BadParameter only) */
                                parameter?: string;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
};
export type webhooks = Record<string, never>;
export type components = {
    schemas: never;
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
};
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
