/**
 * Generated from GET /api/v1/openapi.json by openapi-typescript (npm run api-client).
 * Do not edit: change the routes and regenerate.
 */

export interface paths {
    "/api/v1/calendar-feeds/{file}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The iCalendar feed for calendar apps (no session: the secret address is the key) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    file: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description An iCalendar (RFC 5545) file of the caller’s appointments */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/calendar": string;
                    };
                };
                400: components["responses"]["BadRequest"];
                404: components["responses"]["NotFound"];
                414: components["responses"]["UriTooLong"];
                429: components["responses"]["TooManyRequests"];
                500: components["responses"]["InternalError"];
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
    "/api/v1/clients": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A clinician's caseload with its signals */
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
                            clients: {
                                careTeam: {
                                    /** Format: uuid */
                                    clinicianId: string;
                                    isPrimary: boolean;
                                    name: string;
                                    /** @enum {string} */
                                    role: "therapist" | "gp" | "co_therapist" | "other";
                                    scopes: ("safety_plan" | "measures" | "appointments" | "checkins" | "messages" | "notes")[];
                                }[];
                                /** Format: uuid */
                                clientId: string;
                                coveringFor: {
                                    clinicianName: string;
                                    /** Format: date-time */
                                    until: string;
                                } | null;
                                isPrimary: boolean;
                                /** Format: date-time */
                                joinedAt: string;
                                /** @enum {string|null} */
                                myRole: "therapist" | "gp" | "co_therapist" | "other" | null;
                                name: string;
                                primaryClinicianName: string;
                                signals: {
                                    appointments: {
                                        next: {
                                            /** Format: uuid */
                                            id: string;
                                            /** @enum {string} */
                                            kind: "video" | "in_person" | "phone";
                                            /** Format: date-time */
                                            start: string;
                                        } | null;
                                    } | null;
                                    checkins: {
                                        checkedInDays14: number;
                                        daysSinceLast: number | null;
                                        /** Format: date */
                                        lastCheckinDate: string | null;
                                        maxSelfHarmUrge14: number | null;
                                        moodLast14: (number | null)[];
                                        selfNeglect: {
                                            concern: boolean;
                                            mealsSkippedStreak: number;
                                            medicationNoStreak: number;
                                            waterSkippedStreak: number;
                                        };
                                        /** @enum {string} */
                                        trend: "up" | "down" | "steady" | "unknown";
                                    } | null;
                                    flags: {
                                        /** @enum {string|null} */
                                        highestLevel: "none" | "concern" | "high" | "imminent" | null;
                                        /** Format: uuid */
                                        mostUrgentFlagId: string | null;
                                        open: number;
                                    } | null;
                                    messages: {
                                        /** Format: date-time */
                                        lastMessageAt: string | null;
                                        nextReplyDue: {
                                            /** Format: date-time */
                                            at: string;
                                            /** @enum {string} */
                                            intent: "share" | "before_session" | "soon" | "crisis";
                                            overdue: boolean;
                                        } | null;
                                        unseenByMe: number;
                                        waiting: {
                                            before_session: number;
                                            crisis: number;
                                            soon: number;
                                        };
                                    } | null;
                                    stability: {
                                        checkins: number;
                                        days: number;
                                        dips: number;
                                        /** Format: date-time */
                                        lastCaringNoteAt: string | null;
                                        okayPlanSaysVulnerable: boolean;
                                        /** Format: date */
                                        since: string;
                                        /** Format: date */
                                        through: string;
                                    } | null;
                                    stepUp: {
                                        /** Format: uuid */
                                        planId: string;
                                        raised: {
                                            detail: string;
                                            /** @enum {string} */
                                            kind: "soon_messages" | "checkins_below_baseline";
                                            /** Format: date-time */
                                            since: string;
                                        }[];
                                    } | null;
                                };
                                /** @enum {string} */
                                status: "active" | "discharged";
                            }[];
                        };
                    };
                };
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                500: components["responses"]["InternalError"];
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
    "/api/v1/clients/{clientId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A client and their care team */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    clientId: string;
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
                            can: {
                                exportRecord: boolean;
                                readNotes: boolean;
                            };
                            careTeam: {
                                /** Format: uuid */
                                clinicianId: string;
                                isPrimary: boolean;
                                name: string;
                                /** @enum {string} */
                                role: "therapist" | "gp" | "co_therapist" | "other";
                                scopes: ("safety_plan" | "measures" | "appointments" | "checkins" | "messages" | "notes")[];
                            }[];
                            /** Format: uuid */
                            clientId: string;
                            name: string;
                            /** @enum {string} */
                            status: "active" | "discharged";
                        };
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                414: components["responses"]["UriTooLong"];
                500: components["responses"]["InternalError"];
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
    "/api/v1/clients/{clientId}/agreement": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The agreement in force, a proposed change beside it, absences ahead and who covers now */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    clientId: string;
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
                            absences: {
                                /** Format: uuid */
                                clinicianId: string;
                                clinicianName: string;
                                /** Format: uuid */
                                coverClinicianId: string;
                                coverName: string;
                                /** Format: date-time */
                                endsAt: string;
                                /** Format: uuid */
                                id: string;
                                note: string;
                                /** Format: date-time */
                                startsAt: string;
                            }[];
                            coverNow: {
                                /** Format: uuid */
                                clinicianId: string;
                                name: string;
                                /** @enum {string} */
                                reason: "absence";
                                /** Format: date-time */
                                until: string;
                            } | null;
                            current: {
                                /** @enum {string} */
                                basis: "signed" | "step_up";
                                /** Format: date-time */
                                clientSignedAt: string | null;
                                /** Format: date-time */
                                clinicianSignedAt: string | null;
                                /** Format: uuid */
                                id: string;
                                /** Format: date-time */
                                inForceFrom: string | null;
                                names: {
                                    [key: string]: string;
                                };
                                /** Format: date-time */
                                proposedAt: string;
                                proposedBy: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                };
                                /** @enum {string} */
                                status: "proposed" | "in_force" | "superseded" | "withdrawn";
                                terms: {
                                    appointmentRequests: {
                                        allowed: boolean;
                                        inOffWeeks: boolean;
                                        minNoticeHours: number;
                                        words: string;
                                    };
                                    channels: ("messages" | "phone" | "video" | "in_person")[];
                                    clientCommitments: string;
                                    emergency: {
                                        /** Format: uuid */
                                        onCallClinicianId: string | null;
                                        words: string;
                                    };
                                    offWeeks: {
                                        /** Format: uuid */
                                        coverClinicianId: string | null;
                                        /** Format: date */
                                        end: string;
                                        /** @default true */
                                        messagesAllowed: boolean;
                                        /** @default  */
                                        reason: string;
                                        /** Format: date */
                                        start: string;
                                    }[];
                                    replyWindows: {
                                        before_session: ({
                                            workingDays: number;
                                        } | null) | ({
                                            workingHours: number;
                                        } | null);
                                        soon: ({
                                            workingDays: number;
                                        } | null) | ({
                                            workingHours: number;
                                        } | null);
                                    } | null;
                                    /** @enum {string} */
                                    sessions: "weekly" | "fortnightly" | "monthly" | "as_agreed";
                                    twentyFourHourRule: boolean;
                                    workingHours: {
                                        closesAt: string;
                                        days: number[];
                                        opensAt: string;
                                    } | null;
                                };
                                version: number;
                            } | null;
                            proposed: {
                                /** @enum {string} */
                                basis: "signed" | "step_up";
                                /** Format: date-time */
                                clientSignedAt: string | null;
                                /** Format: date-time */
                                clinicianSignedAt: string | null;
                                /** Format: uuid */
                                id: string;
                                /** Format: date-time */
                                inForceFrom: string | null;
                                names: {
                                    [key: string]: string;
                                };
                                /** Format: date-time */
                                proposedAt: string;
                                proposedBy: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                };
                                /** @enum {string} */
                                status: "proposed" | "in_force" | "superseded" | "withdrawn";
                                terms: {
                                    appointmentRequests: {
                                        allowed: boolean;
                                        inOffWeeks: boolean;
                                        minNoticeHours: number;
                                        words: string;
                                    };
                                    channels: ("messages" | "phone" | "video" | "in_person")[];
                                    clientCommitments: string;
                                    emergency: {
                                        /** Format: uuid */
                                        onCallClinicianId: string | null;
                                        words: string;
                                    };
                                    offWeeks: {
                                        /** Format: uuid */
                                        coverClinicianId: string | null;
                                        /** Format: date */
                                        end: string;
                                        /** @default true */
                                        messagesAllowed: boolean;
                                        /** @default  */
                                        reason: string;
                                        /** Format: date */
                                        start: string;
                                    }[];
                                    replyWindows: {
                                        before_session: ({
                                            workingDays: number;
                                        } | null) | ({
                                            workingHours: number;
                                        } | null);
                                        soon: ({
                                            workingDays: number;
                                        } | null) | ({
                                            workingHours: number;
                                        } | null);
                                    } | null;
                                    /** @enum {string} */
                                    sessions: "weekly" | "fortnightly" | "monthly" | "as_agreed";
                                    twentyFourHourRule: boolean;
                                    workingHours: {
                                        closesAt: string;
                                        days: number[];
                                        opensAt: string;
                                    } | null;
                                };
                                version: number;
                            } | null;
                            /** Format: date-time */
                            twentyFourHourRuleUntil: string | null;
                        };
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                414: components["responses"]["UriTooLong"];
                500: components["responses"]["InternalError"];
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
    "/api/v1/clients/{clientId}/agreement/appointment-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Whether an appointment request is allowed now; when not, the agreed words and the routes open */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    clientId: string;
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
                            allowed: boolean;
                            minNoticeHours: number;
                            routes: {
                                /** Format: uuid */
                                clinicianId?: string;
                                /** @enum {string} */
                                kind: "message" | "on_call" | "crisis_lines";
                                label: string;
                                name?: string;
                            }[];
                            words?: string;
                        };
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                414: components["responses"]["UriTooLong"];
                500: components["responses"]["InternalError"];
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
    "/api/v1/clients/{clientId}/agreement/proposals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Propose a new version, signed by the proposer; it replaces an unsigned proposal */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    clientId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        terms: {
                            appointmentRequests: {
                                allowed: boolean;
                                inOffWeeks: boolean;
                                minNoticeHours: number;
                                words: string;
                            };
                            channels: ("messages" | "phone" | "video" | "in_person")[];
                            clientCommitments: string;
                            emergency: {
                                /** Format: uuid */
                                onCallClinicianId: string | null;
                                words: string;
                            };
                            offWeeks: {
                                /** Format: uuid */
                                coverClinicianId: string | null;
                                /** Format: date */
                                end: string;
                                /** @default true */
                                messagesAllowed?: boolean;
                                /** @default  */
                                reason?: string;
                                /** Format: date */
                                start: string;
                            }[];
                            replyWindows: {
                                before_session: ({
                                    workingDays: number;
                                } | null) | ({
                                    workingHours: number;
                                } | null);
                                soon: ({
                                    workingDays: number;
                                } | null) | ({
                                    workingHours: number;
                                } | null);
                            } | null;
                            /** @enum {string} */
                            sessions: "weekly" | "fortnightly" | "monthly" | "as_agreed";
                            twentyFourHourRule: boolean;
                            workingHours: {
                                closesAt: string;
                                days: number[];
                                opensAt: string;
                            } | null;
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            absences: {
                                /** Format: uuid */
                                clinicianId: string;
                                clinicianName: string;
                                /** Format: uuid */
                                coverClinicianId: string;
                                coverName: string;
                                /** Format: date-time */
                                endsAt: string;
                                /** Format: uuid */
                                id: string;
                                note: string;
                                /** Format: date-time */
                                startsAt: string;
                            }[];
                            coverNow: {
                                /** Format: uuid */
                                clinicianId: string;
                                name: string;
                                /** @enum {string} */
                                reason: "absence";
                                /** Format: date-time */
                                until: string;
                            } | null;
                            current: {
                                /** @enum {string} */
                                basis: "signed" | "step_up";
                                /** Format: date-time */
                                clientSignedAt: string | null;
                                /** Format: date-time */
                                clinicianSignedAt: string | null;
                                /** Format: uuid */
                                id: string;
                                /** Format: date-time */
                                inForceFrom: string | null;
                                names: {
                                    [key: string]: string;
                                };
                                /** Format: date-time */
                                proposedAt: string;
                                proposedBy: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                };
                                /** @enum {string} */
                                status: "proposed" | "in_force" | "superseded" | "withdrawn";
                                terms: {
                                    appointmentRequests: {
                                        allowed: boolean;
                                        inOffWeeks: boolean;
                                        minNoticeHours: number;
                                        words: string;
                                    };
                                    channels: ("messages" | "phone" | "video" | "in_person")[];
                                    clientCommitments: string;
                                    emergency: {
                                        /** Format: uuid */
                                        onCallClinicianId: string | null;
                                        words: string;
                                    };
                                    offWeeks: {
                                        /** Format: uuid */
                                        coverClinicianId: string | null;
                                        /** Format: date */
                                        end: string;
                                        /** @default true */
                                        messagesAllowed: boolean;
                                        /** @default  */
                                        reason: string;
                                        /** Format: date */
                                        start: string;
                                    }[];
                                    replyWindows: {
                                        before_session: ({
                                            workingDays: number;
                                        } | null) | ({
                                            workingHours: number;
                                        } | null);
                                        soon: ({
                                            workingDays: number;
                                        } | null) | ({
                                            workingHours: number;
                                        } | null);
                                    } | null;
                                    /** @enum {string} */
                                    sessions: "weekly" | "fortnightly" | "monthly" | "as_agreed";
                                    twentyFourHourRule: boolean;
                                    workingHours: {
                                        closesAt: string;
                                        days: number[];
                                        opensAt: string;
                                    } | null;
                                };
                                version: number;
                            } | null;
                            proposed: {
                                /** @enum {string} */
                                basis: "signed" | "step_up";
                                /** Format: date-time */
                                clientSignedAt: string | null;
                                /** Format: date-time */
                                clinicianSignedAt: string | null;
                                /** Format: uuid */
                                id: string;
                                /** Format: date-time */
                                inForceFrom: string | null;
                                names: {
                                    [key: string]: string;
                                };
                                /** Format: date-time */
                                proposedAt: string;
                                proposedBy: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                };
                                /** @enum {string} */
                                status: "proposed" | "in_force" | "superseded" | "withdrawn";
                                terms: {
                                    appointmentRequests: {
                                        allowed: boolean;
                                        inOffWeeks: boolean;
                                        minNoticeHours: number;
                                        words: string;
                                    };
                                    channels: ("messages" | "phone" | "video" | "in_person")[];
                                    clientCommitments: string;
                                    emergency: {
                                        /** Format: uuid */
                                        onCallClinicianId: string | null;
                                        words: string;
                                    };
                                    offWeeks: {
                                        /** Format: uuid */
                                        coverClinicianId: string | null;
                                        /** Format: date */
                                        end: string;
                                        /** @default true */
                                        messagesAllowed: boolean;
                                        /** @default  */
                                        reason: string;
                                        /** Format: date */
                                        start: string;
                                    }[];
                                    replyWindows: {
                                        before_session: ({
                                            workingDays: number;
                                        } | null) | ({
                                            workingHours: number;
                                        } | null);
                                        soon: ({
                                            workingDays: number;
                                        } | null) | ({
                                            workingHours: number;
                                        } | null);
                                    } | null;
                                    /** @enum {string} */
                                    sessions: "weekly" | "fortnightly" | "monthly" | "as_agreed";
                                    twentyFourHourRule: boolean;
                                    workingHours: {
                                        closesAt: string;
                                        days: number[];
                                        opensAt: string;
                                    } | null;
                                };
                                version: number;
                            } | null;
                            /** Format: date-time */
                            twentyFourHourRuleUntil: string | null;
                        };
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                409: components["responses"]["Conflict"];
                413: components["responses"]["PayloadTooLarge"];
                414: components["responses"]["UriTooLong"];
                415: components["responses"]["UnsupportedMediaType"];
                500: components["responses"]["InternalError"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/clients/{clientId}/agreement/sign": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign the proposed version; in force once both have signed. 409 when the version is not the current proposal */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    clientId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        version: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            absences: {
                                /** Format: uuid */
                                clinicianId: string;
                                clinicianName: string;
                                /** Format: uuid */
                                coverClinicianId: string;
                                coverName: string;
                                /** Format: date-time */
                                endsAt: string;
                                /** Format: uuid */
                                id: string;
                                note: string;
                                /** Format: date-time */
                                startsAt: string;
                            }[];
                            coverNow: {
                                /** Format: uuid */
                                clinicianId: string;
                                name: string;
                                /** @enum {string} */
                                reason: "absence";
                                /** Format: date-time */
                                until: string;
                            } | null;
                            current: {
                                /** @enum {string} */
                                basis: "signed" | "step_up";
                                /** Format: date-time */
                                clientSignedAt: string | null;
                                /** Format: date-time */
                                clinicianSignedAt: string | null;
                                /** Format: uuid */
                                id: string;
                                /** Format: date-time */
                                inForceFrom: string | null;
                                names: {
                                    [key: string]: string;
                                };
                                /** Format: date-time */
                                proposedAt: string;
                                proposedBy: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                };
                                /** @enum {string} */
                                status: "proposed" | "in_force" | "superseded" | "withdrawn";
                                terms: {
                                    appointmentRequests: {
                                        allowed: boolean;
                                        inOffWeeks: boolean;
                                        minNoticeHours: number;
                                        words: string;
                                    };
                                    channels: ("messages" | "phone" | "video" | "in_person")[];
                                    clientCommitments: string;
                                    emergency: {
                                        /** Format: uuid */
                                        onCallClinicianId: string | null;
                                        words: string;
                                    };
                                    offWeeks: {
                                        /** Format: uuid */
                                        coverClinicianId: string | null;
                                        /** Format: date */
                                        end: string;
                                        /** @default true */
                                        messagesAllowed: boolean;
                                        /** @default  */
                                        reason: string;
                                        /** Format: date */
                                        start: string;
                                    }[];
                                    replyWindows: {
                                        before_session: ({
                                            workingDays: number;
                                        } | null) | ({
                                            workingHours: number;
                                        } | null);
                                        soon: ({
                                            workingDays: number;
                                        } | null) | ({
                                            workingHours: number;
                                        } | null);
                                    } | null;
                                    /** @enum {string} */
                                    sessions: "weekly" | "fortnightly" | "monthly" | "as_agreed";
                                    twentyFourHourRule: boolean;
                                    workingHours: {
                                        closesAt: string;
                                        days: number[];
                                        opensAt: string;
                                    } | null;
                                };
                                version: number;
                            } | null;
                            proposed: {
                                /** @enum {string} */
                                basis: "signed" | "step_up";
                                /** Format: date-time */
                                clientSignedAt: string | null;
                                /** Format: date-time */
                                clinicianSignedAt: string | null;
                                /** Format: uuid */
                                id: string;
                                /** Format: date-time */
                                inForceFrom: string | null;
                                names: {
                                    [key: string]: string;
                                };
                                /** Format: date-time */
                                proposedAt: string;
                                proposedBy: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                };
                                /** @enum {string} */
                                status: "proposed" | "in_force" | "superseded" | "withdrawn";
                                terms: {
                                    appointmentRequests: {
                                        allowed: boolean;
                                        inOffWeeks: boolean;
                                        minNoticeHours: number;
                                        words: string;
                                    };
                                    channels: ("messages" | "phone" | "video" | "in_person")[];
                                    clientCommitments: string;
                                    emergency: {
                                        /** Format: uuid */
                                        onCallClinicianId: string | null;
                                        words: string;
                                    };
                                    offWeeks: {
                                        /** Format: uuid */
                                        coverClinicianId: string | null;
                                        /** Format: date */
                                        end: string;
                                        /** @default true */
                                        messagesAllowed: boolean;
                                        /** @default  */
                                        reason: string;
                                        /** Format: date */
                                        start: string;
                                    }[];
                                    replyWindows: {
                                        before_session: ({
                                            workingDays: number;
                                        } | null) | ({
                                            workingHours: number;
                                        } | null);
                                        soon: ({
                                            workingDays: number;
                                        } | null) | ({
                                            workingHours: number;
                                        } | null);
                                    } | null;
                                    /** @enum {string} */
                                    sessions: "weekly" | "fortnightly" | "monthly" | "as_agreed";
                                    twentyFourHourRule: boolean;
                                    workingHours: {
                                        closesAt: string;
                                        days: number[];
                                        opensAt: string;
                                    } | null;
                                };
                                version: number;
                            } | null;
                            /** Format: date-time */
                            twentyFourHourRuleUntil: string | null;
                        };
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                409: components["responses"]["Conflict"];
                413: components["responses"]["PayloadTooLarge"];
                414: components["responses"]["UriTooLong"];
                415: components["responses"]["UnsupportedMediaType"];
                500: components["responses"]["InternalError"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/clients/{clientId}/agreement/twenty-four-hour-rule": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Apply the agreed 24-hour rule from now (409 when the agreement does not include it) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    clientId: string;
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
                            absences: {
                                /** Format: uuid */
                                clinicianId: string;
                                clinicianName: string;
                                /** Format: uuid */
                                coverClinicianId: string;
                                coverName: string;
                                /** Format: date-time */
                                endsAt: string;
                                /** Format: uuid */
                                id: string;
                                note: string;
                                /** Format: date-time */
                                startsAt: string;
                            }[];
                            coverNow: {
                                /** Format: uuid */
                                clinicianId: string;
                                name: string;
                                /** @enum {string} */
                                reason: "absence";
                                /** Format: date-time */
                                until: string;
                            } | null;
                            current: {
                                /** @enum {string} */
                                basis: "signed" | "step_up";
                                /** Format: date-time */
                                clientSignedAt: string | null;
                                /** Format: date-time */
                                clinicianSignedAt: string | null;
                                /** Format: uuid */
                                id: string;
                                /** Format: date-time */
                                inForceFrom: string | null;
                                names: {
                                    [key: string]: string;
                                };
                                /** Format: date-time */
                                proposedAt: string;
                                proposedBy: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                };
                                /** @enum {string} */
                                status: "proposed" | "in_force" | "superseded" | "withdrawn";
                                terms: {
                                    appointmentRequests: {
                                        allowed: boolean;
                                        inOffWeeks: boolean;
                                        minNoticeHours: number;
                                        words: string;
                                    };
                                    channels: ("messages" | "phone" | "video" | "in_person")[];
                                    clientCommitments: string;
                                    emergency: {
                                        /** Format: uuid */
                                        onCallClinicianId: string | null;
                                        words: string;
                                    };
                                    offWeeks: {
                                        /** Format: uuid */
                                        coverClinicianId: string | null;
                                        /** Format: date */
                                        end: string;
                                        /** @default true */
                                        messagesAllowed: boolean;
                                        /** @default  */
                                        reason: string;
                                        /** Format: date */
                                        start: string;
                                    }[];
                                    replyWindows: {
                                        before_session: ({
                                            workingDays: number;
                                        } | null) | ({
                                            workingHours: number;
                                        } | null);
                                        soon: ({
                                            workingDays: number;
                                        } | null) | ({
                                            workingHours: number;
                                        } | null);
                                    } | null;
                                    /** @enum {string} */
                                    sessions: "weekly" | "fortnightly" | "monthly" | "as_agreed";
                                    twentyFourHourRule: boolean;
                                    workingHours: {
                                        closesAt: string;
                                        days: number[];
                                        opensAt: string;
                                    } | null;
                                };
                                version: number;
                            } | null;
                            proposed: {
                                /** @enum {string} */
                                basis: "signed" | "step_up";
                                /** Format: date-time */
                                clientSignedAt: string | null;
                                /** Format: date-time */
                                clinicianSignedAt: string | null;
                                /** Format: uuid */
                                id: string;
                                /** Format: date-time */
                                inForceFrom: string | null;
                                names: {
                                    [key: string]: string;
                                };
                                /** Format: date-time */
                                proposedAt: string;
                                proposedBy: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                };
                                /** @enum {string} */
                                status: "proposed" | "in_force" | "superseded" | "withdrawn";
                                terms: {
                                    appointmentRequests: {
                                        allowed: boolean;
                                        inOffWeeks: boolean;
                                        minNoticeHours: number;
                                        words: string;
                                    };
                                    channels: ("messages" | "phone" | "video" | "in_person")[];
                                    clientCommitments: string;
                                    emergency: {
                                        /** Format: uuid */
                                        onCallClinicianId: string | null;
                                        words: string;
                                    };
                                    offWeeks: {
                                        /** Format: uuid */
                                        coverClinicianId: string | null;
                                        /** Format: date */
                                        end: string;
                                        /** @default true */
                                        messagesAllowed: boolean;
                                        /** @default  */
                                        reason: string;
                                        /** Format: date */
                                        start: string;
                                    }[];
                                    replyWindows: {
                                        before_session: ({
                                            workingDays: number;
                                        } | null) | ({
                                            workingHours: number;
                                        } | null);
                                        soon: ({
                                            workingDays: number;
                                        } | null) | ({
                                            workingHours: number;
                                        } | null);
                                    } | null;
                                    /** @enum {string} */
                                    sessions: "weekly" | "fortnightly" | "monthly" | "as_agreed";
                                    twentyFourHourRule: boolean;
                                    workingHours: {
                                        closesAt: string;
                                        days: number[];
                                        opensAt: string;
                                    } | null;
                                };
                                version: number;
                            } | null;
                            /** Format: date-time */
                            twentyFourHourRuleUntil: string | null;
                        };
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                409: components["responses"]["Conflict"];
                413: components["responses"]["PayloadTooLarge"];
                414: components["responses"]["UriTooLong"];
                415: components["responses"]["UnsupportedMediaType"];
                500: components["responses"]["InternalError"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/clients/{clientId}/appointment-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Appointment requests and their answers, newest first */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    clientId: string;
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
                            requests: {
                                /** Format: uuid */
                                appointmentId: string | null;
                                /** Format: uuid */
                                clientId: string;
                                clientName: string;
                                /** Format: date-time */
                                createdAt: string;
                                /** Format: date-time */
                                end: string;
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                kind: "video" | "in_person" | "phone";
                                note: string;
                                /** Format: date-time */
                                offeredStart: string | null;
                                responseNote: string;
                                /** Format: date-time */
                                start: string;
                                /** @enum {string} */
                                status: "pending" | "accepted" | "offered" | "declined" | "offer_declined";
                            }[];
                        };
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                414: components["responses"]["UriTooLong"];
                500: components["responses"]["InternalError"];
            };
        };
        put?: never;
        /** A client asks for a time; it is held until the clinician answers */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    clientId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @default 50 */
                        durationMinutes?: number;
                        /** @enum {string} */
                        kind: "video" | "in_person" | "phone";
                        /** @default  */
                        note?: string;
                        start: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            appointmentId: string | null;
                            /** Format: uuid */
                            clientId: string;
                            clientName: string;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            end: string;
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "video" | "in_person" | "phone";
                            note: string;
                            /** Format: date-time */
                            offeredStart: string | null;
                            responseNote: string;
                            /** Format: date-time */
                            start: string;
                            /** @enum {string} */
                            status: "pending" | "accepted" | "offered" | "declined" | "offer_declined";
                        };
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                409: components["responses"]["Conflict"];
                413: components["responses"]["PayloadTooLarge"];
                414: components["responses"]["UriTooLong"];
                415: components["responses"]["UnsupportedMediaType"];
                500: components["responses"]["InternalError"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/clients/{clientId}/appointment-requests/{requestId}/decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Accept, offer another time, or decline with a kind note */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    clientId: string;
                    requestId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        decision: "accept";
                        /** @default  */
                        note?: string;
                    } | {
                        /** @enum {string} */
                        decision: "offer";
                        note: string;
                        start: string;
                    } | {
                        /** @enum {string} */
                        decision: "decline";
                        note: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            appointmentId: string | null;
                            /** Format: uuid */
                            clientId: string;
                            clientName: string;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            end: string;
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "video" | "in_person" | "phone";
                            note: string;
                            /** Format: date-time */
                            offeredStart: string | null;
                            responseNote: string;
                            /** Format: date-time */
                            start: string;
                            /** @enum {string} */
                            status: "pending" | "accepted" | "offered" | "declined" | "offer_declined";
                        };
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                409: components["responses"]["Conflict"];
                413: components["responses"]["PayloadTooLarge"];
                414: components["responses"]["UriTooLong"];
                415: components["responses"]["UnsupportedMediaType"];
                500: components["responses"]["InternalError"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/clients/{clientId}/appointment-requests/{requestId}/offer-answer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The client takes or turns down an offered time */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    clientId: string;
                    requestId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        answer: "accept" | "decline";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            appointmentId: string | null;
                            /** Format: uuid */
                            clientId: string;
                            clientName: string;
                            /** Format: date-time */
                            createdAt: string;
                            /** Format: date-time */
                            end: string;
                            /** Format: uuid */
                            id: string;
                            /** @enum {string} */
                            kind: "video" | "in_person" | "phone";
                            note: string;
                            /** Format: date-time */
                            offeredStart: string | null;
                            responseNote: string;
                            /** Format: date-time */
                            start: string;
                            /** @enum {string} */
                            status: "pending" | "accepted" | "offered" | "declined" | "offer_declined";
                        };
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                409: components["responses"]["Conflict"];
                413: components["responses"]["PayloadTooLarge"];
                414: components["responses"]["UriTooLong"];
                415: components["responses"]["UnsupportedMediaType"];
                500: components["responses"]["InternalError"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/clients/{clientId}/appointment-requests/mode": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Whether this client sees (view) and may request (request) appointments, or neither (off) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    clientId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        mode: "off" | "view" | "request";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            allowed: boolean;
                            minNoticeHours: number;
                            /** @enum {string} */
                            mode: "off" | "view" | "request";
                            routes: {
                                /** Format: uuid */
                                clinicianId?: string;
                                /** @enum {string} */
                                kind: "message" | "on_call" | "crisis_lines";
                                label: string;
                                name?: string;
                            }[];
                            words: string | null;
                        };
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                409: components["responses"]["Conflict"];
                413: components["responses"]["PayloadTooLarge"];
                414: components["responses"]["UriTooLong"];
                415: components["responses"]["UnsupportedMediaType"];
                500: components["responses"]["InternalError"];
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/clients/{clientId}/appointment-requests/options": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Whether the client may request now; in an off-week the agreed words and open routes */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    clientId: string;
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
                            allowed: boolean;
                            minNoticeHours: number;
                            /** @enum {string} */
                            mode: "off" | "view" | "request";
                            routes: {
                                /** Format: uuid */
                                clinicianId?: string;
                                /** @enum {string} */
                                kind: "message" | "on_call" | "crisis_lines";
                                label: string;
                                name?: string;
                            }[];
                            words: string | null;
                        };
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                414: components["responses"]["UriTooLong"];
                500: components["responses"]["InternalError"];
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
    "/api/v1/clients/{clientId}/appointments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Appointments in a window, series expanded into occurrences, oldest first */
        get: {
            parameters: {
                query?: {
                    from?: string;
                    to?: string;
                };
                header?: never;
                path: {
                    clientId: string;
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
                            appointments: {
                                /** Format: uuid */
                                clientId: string;
                                /** Format: uuid */
                                clinicianId: string;
                                clinicianName: string;
                                /** Format: date-time */
                                end: string;
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                kind: "video" | "in_person" | "phone";
                                /** Format: uuid */
                                seriesId: string | null;
                                /** Format: date-time */
                                start: string;
                                /** @enum {string} */
                                status: "requested" | "offered" | "scheduled" | "cancelled";
                                timeZone: string;
                            }[];
                            can: {
                                request: boolean;
                                schedule: boolean;
                            };
                        };
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                414: components["responses"]["UriTooLong"];
                500: components["responses"]["InternalError"];
            };
        };
        put?: never;
        /** Schedule one appointment or a bounded weekly series (wall clock in the practice zone) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    clientId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @default 50 */
                        durationMinutes?: number;
                        /** @enum {string} */
                        kind: "video" | "in_person" | "phone";
                        recurrence?: {
                            count?: number;
                            intervalWeeks: number;
                            /** Format: date */
                            until?: string;
                        };
                        start: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            count: number;
                            /** Format: uuid */
                            seriesId: string | null;
                        };
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                409: components["responses"]["Conflict"];
                413: components["responses"]["PayloadTooLarge"];
                414: components["responses"]["UriTooLong"];
                415: components["responses"]["UnsupportedMediaType"];
                500: components["responses"]["InternalError"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/clients/{clientId}/appointments/{appointmentId}/change": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Move or cancel this one, this and following, or all still to come */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    appointmentId: string;
                    clientId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        action: "move" | "cancel";
                        /**
                         * @default this
                         * @enum {string}
                         */
                        scope?: "this" | "following" | "all";
                        start?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            changed: number;
                        };
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                409: components["responses"]["Conflict"];
                413: components["responses"]["PayloadTooLarge"];
                414: components["responses"]["UriTooLong"];
                415: components["responses"]["UnsupportedMediaType"];
                500: components["responses"]["InternalError"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/clients/{clientId}/care-balance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** How contact with the client was spread, week by week */
        get: {
            parameters: {
                query?: {
                    weeks?: number;
                };
                header?: never;
                path: {
                    clientId: string;
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
                            /** Format: uuid */
                            clientId: string;
                            total: {
                                caringNotes: number;
                                clientDistress: number;
                                clientRoutine: number;
                                clinicianAfterDistress: number;
                                clinicianRoutine: number;
                                notDistressShare: number | null;
                            };
                            weeks: {
                                caringNotes: number;
                                clientDistress: number;
                                clientRoutine: number;
                                clinicianAfterDistress: number;
                                clinicianRoutine: number;
                                notDistressShare: number | null;
                                /** Format: date */
                                weekStart: string;
                            }[];
                        };
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                414: components["responses"]["UriTooLong"];
                500: components["responses"]["InternalError"];
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
    "/api/v1/clients/{clientId}/care-team": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The care team: current, upcoming and ended members with role, dates and scopes; the clinicians to choose from for those who manage it */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    clientId: string;
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
                            canManage: boolean;
                            client: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            clinicians: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            }[];
                            members: {
                                /** Format: uuid */
                                clinicianId: string;
                                /** Format: date-time */
                                endsAt: string | null;
                                isPrimary: boolean;
                                name: string;
                                /** @enum {string} */
                                role: "therapist" | "gp" | "co_therapist" | "other";
                                scopes: ("safety_plan" | "measures" | "appointments" | "checkins" | "messages" | "notes")[];
                                /** Format: date-time */
                                startsAt: string;
                                /** @enum {string} */
                                status: "current" | "upcoming" | "ended";
                            }[];
                        };
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                414: components["responses"]["UriTooLong"];
                500: components["responses"]["InternalError"];
            };
        };
        put?: never;
        /** Add a clinician of the practice to the care team (409 when they are on it already) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    clientId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        clinicianId: string;
                        /** Format: date */
                        endsOn?: string;
                        /** @enum {string} */
                        role: "therapist" | "gp" | "co_therapist" | "other";
                        scopes: ("safety_plan" | "measures" | "appointments" | "checkins" | "messages" | "notes")[];
                        /** Format: date */
                        startsOn?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            canManage: boolean;
                            client: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            clinicians: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            }[];
                            members: {
                                /** Format: uuid */
                                clinicianId: string;
                                /** Format: date-time */
                                endsAt: string | null;
                                isPrimary: boolean;
                                name: string;
                                /** @enum {string} */
                                role: "therapist" | "gp" | "co_therapist" | "other";
                                scopes: ("safety_plan" | "measures" | "appointments" | "checkins" | "messages" | "notes")[];
                                /** Format: date-time */
                                startsAt: string;
                                /** @enum {string} */
                                status: "current" | "upcoming" | "ended";
                            }[];
                        };
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                409: components["responses"]["Conflict"];
                413: components["responses"]["PayloadTooLarge"];
                414: components["responses"]["UriTooLong"];
                415: components["responses"]["UnsupportedMediaType"];
                500: components["responses"]["InternalError"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/clients/{clientId}/care-team/{clinicianId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a member's scopes or end date (409 for the primary clinician: that is a handover) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    clientId: string;
                    clinicianId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: date */
                        endsOn?: string | null;
                        scopes?: ("safety_plan" | "measures" | "appointments" | "checkins" | "messages" | "notes")[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            canManage: boolean;
                            client: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            clinicians: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            }[];
                            members: {
                                /** Format: uuid */
                                clinicianId: string;
                                /** Format: date-time */
                                endsAt: string | null;
                                isPrimary: boolean;
                                name: string;
                                /** @enum {string} */
                                role: "therapist" | "gp" | "co_therapist" | "other";
                                scopes: ("safety_plan" | "measures" | "appointments" | "checkins" | "messages" | "notes")[];
                                /** Format: date-time */
                                startsAt: string;
                                /** @enum {string} */
                                status: "current" | "upcoming" | "ended";
                            }[];
                        };
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                409: components["responses"]["Conflict"];
                413: components["responses"]["PayloadTooLarge"];
                414: components["responses"]["UriTooLong"];
                415: components["responses"]["UnsupportedMediaType"];
                500: components["responses"]["InternalError"];
            };
        };
        trace?: never;
    };
    "/api/v1/clients/{clientId}/care-team/{clinicianId}/end": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** End a membership from a date (today unless later); the member loses access then. 409 for the primary clinician: that is a handover */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    clientId: string;
                    clinicianId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: date */
                        endsOn?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            canManage: boolean;
                            client: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            clinicians: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            }[];
                            members: {
                                /** Format: uuid */
                                clinicianId: string;
                                /** Format: date-time */
                                endsAt: string | null;
                                isPrimary: boolean;
                                name: string;
                                /** @enum {string} */
                                role: "therapist" | "gp" | "co_therapist" | "other";
                                scopes: ("safety_plan" | "measures" | "appointments" | "checkins" | "messages" | "notes")[];
                                /** Format: date-time */
                                startsAt: string;
                                /** @enum {string} */
                                status: "current" | "upcoming" | "ended";
                            }[];
                        };
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                409: components["responses"]["Conflict"];
                413: components["responses"]["PayloadTooLarge"];
                414: components["responses"]["UriTooLong"];
                415: components["responses"]["UnsupportedMediaType"];
                500: components["responses"]["InternalError"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/clients/{clientId}/caring-contacts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The client’s caring contacts, sent and to come */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    clientId: string;
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
                            can: {
                                manage: boolean;
                            };
                            contacts: {
                                body: string;
                                /** Format: date-time */
                                dueAt: string;
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                messageId: string | null;
                                /** Format: date-time */
                                sentAt: string | null;
                                /** @enum {string} */
                                status: "planned" | "sent" | "cancelled" | "skipped";
                                warnings: string[];
                            }[];
                        };
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                414: components["responses"]["UriTooLong"];
                500: components["responses"]["InternalError"];
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
    "/api/v1/clients/{clientId}/caring-contacts/{contactId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Personalise a note still to come: its words or its time */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    clientId: string;
                    contactId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        body?: string;
                        /** Format: date-time */
                        dueAt?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            contact: {
                                body: string;
                                /** Format: date-time */
                                dueAt: string;
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                messageId: string | null;
                                /** Format: date-time */
                                sentAt: string | null;
                                /** @enum {string} */
                                status: "planned" | "sent" | "cancelled" | "skipped";
                                warnings: string[];
                            };
                        };
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                409: components["responses"]["Conflict"];
                413: components["responses"]["PayloadTooLarge"];
                414: components["responses"]["UriTooLong"];
                415: components["responses"]["UnsupportedMediaType"];
                500: components["responses"]["InternalError"];
            };
        };
        post?: never;
        /** Take one note out of the schedule */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    clientId: string;
                    contactId: string;
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
                            contact: {
                                body: string;
                                /** Format: date-time */
                                dueAt: string;
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                messageId: string | null;
                                /** Format: date-time */
                                sentAt: string | null;
                                /** @enum {string} */
                                status: "planned" | "sent" | "cancelled" | "skipped";
                                warnings: string[];
                            };
                        };
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                409: components["responses"]["Conflict"];
                413: components["responses"]["PayloadTooLarge"];
                414: components["responses"]["UriTooLong"];
                415: components["responses"]["UnsupportedMediaType"];
                500: components["responses"]["InternalError"];
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/clients/{clientId}/caring-contacts/now": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send a caring note now, in one click: the next template or the clinician’s own words */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    clientId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        body?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            contact: {
                                body: string;
                                /** Format: date-time */
                                dueAt: string;
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                messageId: string | null;
                                /** Format: date-time */
                                sentAt: string | null;
                                /** @enum {string} */
                                status: "planned" | "sent" | "cancelled" | "skipped";
                                warnings: string[];
                            };
                        };
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                409: components["responses"]["Conflict"];
                413: components["responses"]["PayloadTooLarge"];
                414: components["responses"]["UriTooLong"];
                415: components["responses"]["UnsupportedMediaType"];
                500: components["responses"]["InternalError"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/clients/{clientId}/caring-contacts/schedule": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Write a schedule of notes from templates (replaces notes still to come) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    clientId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        preset: "tapering" | "year";
                        /** Format: date */
                        startsOn: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            can: {
                                manage: boolean;
                            };
                            contacts: {
                                body: string;
                                /** Format: date-time */
                                dueAt: string;
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                messageId: string | null;
                                /** Format: date-time */
                                sentAt: string | null;
                                /** @enum {string} */
                                status: "planned" | "sent" | "cancelled" | "skipped";
                                warnings: string[];
                            }[];
                        };
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                409: components["responses"]["Conflict"];
                413: components["responses"]["PayloadTooLarge"];
                414: components["responses"]["UriTooLong"];
                415: components["responses"]["UnsupportedMediaType"];
                500: components["responses"]["InternalError"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/clients/{clientId}/checkins": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Check-ins between two days inclusive, oldest first */
        get: {
            parameters: {
                query?: {
                    from?: string;
                    to?: string;
                };
                header?: never;
                path: {
                    clientId: string;
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
                            checkins: {
                                actedOn: string[];
                                /** Format: uuid */
                                clientId: string;
                                /** Format: date-time */
                                createdAt: string;
                                /** Format: date */
                                date: string;
                                emotions: {
                                    [key: string]: number;
                                };
                                /** Format: date */
                                enteredOn: string;
                                /** Format: uuid */
                                id: string;
                                /** @enum {string|null} */
                                meals: "yes" | "partly" | "no" | null;
                                /** @enum {string|null} */
                                medication: "yes" | "partly" | "no" | null;
                                mood: number;
                                note: string | null;
                                risk?: {
                                    /** @enum {string} */
                                    level: "none" | "concern" | "high" | "imminent";
                                    reasons: {
                                        construct: string;
                                        phrase: string;
                                    }[];
                                };
                                skills: string[];
                                sleepHours: number | null;
                                /** Format: date-time */
                                updatedAt: string;
                                urges: {
                                    [key: string]: number;
                                };
                                /** @enum {string|null} */
                                water: "yes" | "partly" | "no" | null;
                            }[];
                        };
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                414: components["responses"]["UriTooLong"];
                500: components["responses"]["InternalError"];
            };
        };
        put?: never;
        /** Today's check-in (or a recent missed day): 201 new, 200 when it updated that day's; clients never get a risk label */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    clientId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        actedOn?: string[];
                        clientKey?: string;
                        /** Format: date */
                        date?: string;
                        emotions?: {
                            [key: string]: number;
                        };
                        /** @enum {string} */
                        meals?: "yes" | "partly" | "no";
                        /** @enum {string} */
                        medication?: "yes" | "partly" | "no";
                        mood: number;
                        note?: string;
                        skills?: string[];
                        sleepHours?: number;
                        urges?: {
                            [key: string]: number;
                        };
                        /** @enum {string} */
                        water?: "yes" | "partly" | "no";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            checkin: {
                                actedOn: string[];
                                /** Format: uuid */
                                clientId: string;
                                /** Format: date-time */
                                createdAt: string;
                                /** Format: date */
                                date: string;
                                emotions: {
                                    [key: string]: number;
                                };
                                /** Format: date */
                                enteredOn: string;
                                /** Format: uuid */
                                id: string;
                                /** @enum {string|null} */
                                meals: "yes" | "partly" | "no" | null;
                                /** @enum {string|null} */
                                medication: "yes" | "partly" | "no" | null;
                                mood: number;
                                note: string | null;
                                risk?: {
                                    /** @enum {string} */
                                    level: "none" | "concern" | "high" | "imminent";
                                    reasons: {
                                        construct: string;
                                        phrase: string;
                                    }[];
                                };
                                skills: string[];
                                sleepHours: number | null;
                                /** Format: date-time */
                                updatedAt: string;
                                urges: {
                                    [key: string]: number;
                                };
                                /** @enum {string|null} */
                                water: "yes" | "partly" | "no" | null;
                            };
                            showCrisisRoutes: boolean;
                            updated: boolean;
                        };
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            checkin: {
                                actedOn: string[];
                                /** Format: uuid */
                                clientId: string;
                                /** Format: date-time */
                                createdAt: string;
                                /** Format: date */
                                date: string;
                                emotions: {
                                    [key: string]: number;
                                };
                                /** Format: date */
                                enteredOn: string;
                                /** Format: uuid */
                                id: string;
                                /** @enum {string|null} */
                                meals: "yes" | "partly" | "no" | null;
                                /** @enum {string|null} */
                                medication: "yes" | "partly" | "no" | null;
                                mood: number;
                                note: string | null;
                                risk?: {
                                    /** @enum {string} */
                                    level: "none" | "concern" | "high" | "imminent";
                                    reasons: {
                                        construct: string;
                                        phrase: string;
                                    }[];
                                };
                                skills: string[];
                                sleepHours: number | null;
                                /** Format: date-time */
                                updatedAt: string;
                                urges: {
                                    [key: string]: number;
                                };
                                /** @enum {string|null} */
                                water: "yes" | "partly" | "no" | null;
                            };
                            showCrisisRoutes: boolean;
                            updated: boolean;
                        };
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                409: components["responses"]["Conflict"];
                413: components["responses"]["PayloadTooLarge"];
                414: components["responses"]["UriTooLong"];
                415: components["responses"]["UnsupportedMediaType"];
                500: components["responses"]["InternalError"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/clients/{clientId}/checkins/config": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What this client’s check-in asks */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    clientId: string;
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
                            backdateDays: number;
                            canConfigure: boolean;
                            /** Format: uuid */
                            clientId: string;
                            emotions: {
                                key: string;
                                label: string;
                            }[];
                            items: ("mood" | "urges" | "emotions" | "skills" | "medication" | "water" | "meals" | "sleep" | "note")[];
                            selfNeglect?: {
                                mealsSkippedDays: number;
                                medicationNoDays: number;
                                waterSkippedDays: number;
                            };
                            skills: {
                                key: string;
                                label: string;
                            }[];
                            timeZone: string;
                            /** Format: date */
                            today: string;
                            /** Format: date-time */
                            updatedAt: string | null;
                            urges: {
                                core: boolean;
                                key: string;
                                label: string;
                            }[];
                            zoneOffset?: {
                                /** Format: date-time */
                                from: string;
                                minutes: number;
                                /** Format: date-time */
                                until: string;
                            };
                        };
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                414: components["responses"]["UriTooLong"];
                500: components["responses"]["InternalError"];
            };
        };
        /** Set the check-in from the catalogue, the client’s own urges, and the self-neglect thresholds */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    clientId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        backdateDays?: number;
                        emotions?: {
                            key: string;
                            label: string;
                        }[];
                        items?: ("mood" | "urges" | "emotions" | "skills" | "medication" | "water" | "meals" | "sleep" | "note")[];
                        selfNeglect?: {
                            mealsSkippedDays: number;
                            medicationNoDays: number;
                            waterSkippedDays: number;
                        };
                        skills?: {
                            key: string;
                            label: string;
                        }[];
                        urges?: {
                            key: string;
                            label: string;
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            backdateDays: number;
                            canConfigure: boolean;
                            /** Format: uuid */
                            clientId: string;
                            emotions: {
                                key: string;
                                label: string;
                            }[];
                            items: ("mood" | "urges" | "emotions" | "skills" | "medication" | "water" | "meals" | "sleep" | "note")[];
                            selfNeglect?: {
                                mealsSkippedDays: number;
                                medicationNoDays: number;
                                waterSkippedDays: number;
                            };
                            skills: {
                                key: string;
                                label: string;
                            }[];
                            timeZone: string;
                            /** Format: date */
                            today: string;
                            /** Format: date-time */
                            updatedAt: string | null;
                            urges: {
                                core: boolean;
                                key: string;
                                label: string;
                            }[];
                            zoneOffset?: {
                                /** Format: date-time */
                                from: string;
                                minutes: number;
                                /** Format: date-time */
                                until: string;
                            };
                        };
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                409: components["responses"]["Conflict"];
                413: components["responses"]["PayloadTooLarge"];
                414: components["responses"]["UriTooLong"];
                415: components["responses"]["UnsupportedMediaType"];
                500: components["responses"]["InternalError"];
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/clients/{clientId}/checkins/export.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The same rows as the trends, as CSV */
        get: {
            parameters: {
                query?: {
                    range?: "week" | "month" | "quarter" | "year";
                    to?: string;
                };
                header?: never;
                path: {
                    clientId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description CSV with a header row */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/csv": string;
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                414: components["responses"]["UriTooLong"];
                500: components["responses"]["InternalError"];
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
    "/api/v1/clients/{clientId}/checkins/reminders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The client’s reminder times (wall clock, in their zone) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    clientId: string;
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
                            channels: {
                                email: boolean;
                                inApp: boolean;
                                push: boolean;
                            };
                            enabled: boolean;
                            missedDayNote: boolean;
                            /** Format: date-time */
                            nextAt: string | null;
                            times: string[];
                            timeZone: string;
                        };
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                414: components["responses"]["UriTooLong"];
                500: components["responses"]["InternalError"];
            };
        };
        /** Choose reminder times; no clinical content ever leaves the app */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    clientId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        channels: {
                            email: boolean;
                            inApp: boolean;
                            push: boolean;
                        };
                        enabled: boolean;
                        missedDayNote: boolean;
                        times: string[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            channels: {
                                email: boolean;
                                inApp: boolean;
                                push: boolean;
                            };
                            enabled: boolean;
                            missedDayNote: boolean;
                            /** Format: date-time */
                            nextAt: string | null;
                            times: string[];
                            timeZone: string;
                        };
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                409: components["responses"]["Conflict"];
                413: components["responses"]["PayloadTooLarge"];
                414: components["responses"]["UriTooLong"];
                415: components["responses"]["UnsupportedMediaType"];
                500: components["responses"]["InternalError"];
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/clients/{clientId}/checkins/trends": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One row per day (missed days empty), baseline band, adherence and measure totals: the charts and the export */
        get: {
            parameters: {
                query?: {
                    range?: "week" | "month" | "quarter" | "year";
                    to?: string;
                };
                header?: never;
                path: {
                    clientId: string;
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
                            adherence: {
                                checkedInDays: number;
                                days: number;
                                meals: {
                                    no: number;
                                    partly: number;
                                    yes: number;
                                };
                                medication: {
                                    no: number;
                                    partly: number;
                                    yes: number;
                                };
                                water: {
                                    no: number;
                                    partly: number;
                                    yes: number;
                                };
                            };
                            baseline: {
                                basedOnDays: number;
                                high: number;
                                low: number;
                                median: number;
                            } | null;
                            /** Format: uuid */
                            clientId: string;
                            days: {
                                actedOn: string[];
                                checkedIn: boolean;
                                /** Format: date */
                                date: string;
                                /** @enum {string|null} */
                                meals: "yes" | "partly" | "no" | null;
                                /** @enum {string|null} */
                                medication: "yes" | "partly" | "no" | null;
                                mood: number | null;
                                note: string | null;
                                sleepHours: number | null;
                                urges: {
                                    [key: string]: number;
                                };
                                /** @enum {string|null} */
                                water: "yes" | "partly" | "no" | null;
                            }[];
                            /** Format: date */
                            from: string;
                            measures: {
                                /** Format: date */
                                date: string;
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                instrument: "phq9" | "gad7";
                                severity?: string;
                                total: number;
                            }[];
                            /** @enum {string} */
                            range: "week" | "month" | "quarter" | "year";
                            /** Format: date */
                            to: string;
                            urges: {
                                core: boolean;
                                key: string;
                                label: string;
                            }[];
                        };
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                414: components["responses"]["UriTooLong"];
                500: components["responses"]["InternalError"];
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
    "/api/v1/clients/{clientId}/discharge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Plan a discharge: date, optional last session, goodbye note; the client is told, keeps their account, plan and history (409 when one is planned) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    clientId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: date */
                        dischargeOn: string;
                        goodbyeNote: string;
                        /** Format: uuid */
                        lastAppointmentId?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            discharge: {
                                can: {
                                    cancel: boolean;
                                };
                                /** Format: date-time */
                                cancelledAt: string | null;
                                /** Format: uuid */
                                clientId: string;
                                /** Format: date-time */
                                dischargeAt: string;
                                /** Format: date */
                                dischargeOn: string;
                                goodbyeNote: string;
                                /** Format: uuid */
                                id: string;
                                lastAppointment: {
                                    /** Format: uuid */
                                    id: string;
                                    /** Format: date-time */
                                    start: string;
                                } | null;
                                plannedBy: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                };
                                /** @enum {string} */
                                status: "planned" | "discharged" | "cancelled";
                                staysAvailable: string[];
                            };
                        };
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                409: components["responses"]["Conflict"];
                413: components["responses"]["PayloadTooLarge"];
                414: components["responses"]["UriTooLong"];
                415: components["responses"]["UnsupportedMediaType"];
                500: components["responses"]["InternalError"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/clients/{clientId}/discharge/{dischargeId}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cancel a planned discharge before its date; the client is told */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    clientId: string;
                    dischargeId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": Record<string, never>;
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            discharge: {
                                can: {
                                    cancel: boolean;
                                };
                                /** Format: date-time */
                                cancelledAt: string | null;
                                /** Format: uuid */
                                clientId: string;
                                /** Format: date-time */
                                dischargeAt: string;
                                /** Format: date */
                                dischargeOn: string;
                                goodbyeNote: string;
                                /** Format: uuid */
                                id: string;
                                lastAppointment: {
                                    /** Format: uuid */
                                    id: string;
                                    /** Format: date-time */
                                    start: string;
                                } | null;
                                plannedBy: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                };
                                /** @enum {string} */
                                status: "planned" | "discharged" | "cancelled";
                                staysAvailable: string[];
                            };
                        };
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                409: components["responses"]["Conflict"];
                413: components["responses"]["PayloadTooLarge"];
                414: components["responses"]["UriTooLong"];
                415: components["responses"]["UnsupportedMediaType"];
                500: components["responses"]["InternalError"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/clients/{clientId}/erasure": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The client's erasure: their request, and what erasing would remove, pseudonymise and keep under the retention rule (computed by the erasure itself, rolled back), or what it did */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    clientId: string;
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
                            can: {
                                confirm: boolean;
                                request: boolean;
                                withdraw: boolean;
                            };
                            counts: {
                                kept: number;
                                /** @enum {string} */
                                kind: "account" | "sessions" | "passwordResets" | "invitations" | "notifications" | "notificationSettings" | "pushSubscriptions" | "mail" | "pendingJobs" | "careTeam" | "safetyPlanVersions" | "agreements" | "contactPauses" | "riskFlags" | "riskFormulations" | "messages" | "messageReceipts" | "appointments" | "appointmentRequests" | "bookingSettings" | "calendarFeeds" | "stepDownPlans" | "measures" | "measureSchedules" | "checkins" | "checkinSettings" | "caringContacts" | "okayPlanVersions" | "reassuranceNotes" | "stabilitySettings" | "clinicalNotes" | "handovers" | "discharges" | "reentryRequests" | "peerSpace";
                                pseudonymised: number;
                                removed: number;
                            }[];
                            request: {
                                /** Format: uuid */
                                clientId: string;
                                clientName: string;
                                /** Format: date-time */
                                erasedAt: string | null;
                                /** Format: uuid */
                                id: string;
                                /** Format: date-time */
                                requestedAt: string;
                                /** @enum {string} */
                                status: "requested" | "erased";
                            } | null;
                            retention: {
                                /** Format: date-time */
                                keptUntil: string | null;
                                /** Format: date-time */
                                lastContactAt: string | null;
                                retentionYears: number;
                            };
                        };
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                414: components["responses"]["UriTooLong"];
                500: components["responses"]["InternalError"];
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
    "/api/v1/clients/{clientId}/erasure/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The admin carries out the client's request: what the retention rule keeps is kept, the rest removed or pseudonymised, the client told by e-mail. Again: nothing more changes (409 with no request) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    clientId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": Record<string, never>;
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            can: {
                                confirm: boolean;
                                request: boolean;
                                withdraw: boolean;
                            };
                            counts: {
                                kept: number;
                                /** @enum {string} */
                                kind: "account" | "sessions" | "passwordResets" | "invitations" | "notifications" | "notificationSettings" | "pushSubscriptions" | "mail" | "pendingJobs" | "careTeam" | "safetyPlanVersions" | "agreements" | "contactPauses" | "riskFlags" | "riskFormulations" | "messages" | "messageReceipts" | "appointments" | "appointmentRequests" | "bookingSettings" | "calendarFeeds" | "stepDownPlans" | "measures" | "measureSchedules" | "checkins" | "checkinSettings" | "caringContacts" | "okayPlanVersions" | "reassuranceNotes" | "stabilitySettings" | "clinicalNotes" | "handovers" | "discharges" | "reentryRequests" | "peerSpace";
                                pseudonymised: number;
                                removed: number;
                            }[];
                            request: {
                                /** Format: uuid */
                                clientId: string;
                                clientName: string;
                                /** Format: date-time */
                                erasedAt: string | null;
                                /** Format: uuid */
                                id: string;
                                /** Format: date-time */
                                requestedAt: string;
                                /** @enum {string} */
                                status: "requested" | "erased";
                            } | null;
                            retention: {
                                /** Format: date-time */
                                keptUntil: string | null;
                                /** Format: date-time */
                                lastContactAt: string | null;
                                retentionYears: number;
                            };
                        };
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                409: components["responses"]["Conflict"];
                413: components["responses"]["PayloadTooLarge"];
                414: components["responses"]["UriTooLong"];
                415: components["responses"]["UnsupportedMediaType"];
                500: components["responses"]["InternalError"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/clients/{clientId}/erasure/request": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** "Please erase my record", from the client: the practice admin sees it with its preview. Asking again answers the same request */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    clientId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": Record<string, never>;
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            can: {
                                confirm: boolean;
                                request: boolean;
                                withdraw: boolean;
                            };
                            counts: {
                                kept: number;
                                /** @enum {string} */
                                kind: "account" | "sessions" | "passwordResets" | "invitations" | "notifications" | "notificationSettings" | "pushSubscriptions" | "mail" | "pendingJobs" | "careTeam" | "safetyPlanVersions" | "agreements" | "contactPauses" | "riskFlags" | "riskFormulations" | "messages" | "messageReceipts" | "appointments" | "appointmentRequests" | "bookingSettings" | "calendarFeeds" | "stepDownPlans" | "measures" | "measureSchedules" | "checkins" | "checkinSettings" | "caringContacts" | "okayPlanVersions" | "reassuranceNotes" | "stabilitySettings" | "clinicalNotes" | "handovers" | "discharges" | "reentryRequests" | "peerSpace";
                                pseudonymised: number;
                                removed: number;
                            }[];
                            request: {
                                /** Format: uuid */
                                clientId: string;
                                clientName: string;
                                /** Format: date-time */
                                erasedAt: string | null;
                                /** Format: uuid */
                                id: string;
                                /** Format: date-time */
                                requestedAt: string;
                                /** @enum {string} */
                                status: "requested" | "erased";
                            } | null;
                            retention: {
                                /** Format: date-time */
                                keptUntil: string | null;
                                /** Format: date-time */
                                lastContactAt: string | null;
                                retentionYears: number;
                            };
                        };
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                413: components["responses"]["PayloadTooLarge"];
                414: components["responses"]["UriTooLong"];
                415: components["responses"]["UnsupportedMediaType"];
                500: components["responses"]["InternalError"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/clients/{clientId}/erasure/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The client changes their mind before the request is carried out: it is withdrawn, and the admin no longer sees it (409 with nothing to withdraw, or once erased) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    clientId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": Record<string, never>;
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            can: {
                                confirm: boolean;
                                request: boolean;
                                withdraw: boolean;
                            };
                            counts: {
                                kept: number;
                                /** @enum {string} */
                                kind: "account" | "sessions" | "passwordResets" | "invitations" | "notifications" | "notificationSettings" | "pushSubscriptions" | "mail" | "pendingJobs" | "careTeam" | "safetyPlanVersions" | "agreements" | "contactPauses" | "riskFlags" | "riskFormulations" | "messages" | "messageReceipts" | "appointments" | "appointmentRequests" | "bookingSettings" | "calendarFeeds" | "stepDownPlans" | "measures" | "measureSchedules" | "checkins" | "checkinSettings" | "caringContacts" | "okayPlanVersions" | "reassuranceNotes" | "stabilitySettings" | "clinicalNotes" | "handovers" | "discharges" | "reentryRequests" | "peerSpace";
                                pseudonymised: number;
                                removed: number;
                            }[];
                            request: {
                                /** Format: uuid */
                                clientId: string;
                                clientName: string;
                                /** Format: date-time */
                                erasedAt: string | null;
                                /** Format: uuid */
                                id: string;
                                /** Format: date-time */
                                requestedAt: string;
                                /** @enum {string} */
                                status: "requested" | "erased";
                            } | null;
                            retention: {
                                /** Format: date-time */
                                keptUntil: string | null;
                                /** Format: date-time */
                                lastContactAt: string | null;
                                retentionYears: number;
                            };
                        };
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                409: components["responses"]["Conflict"];
                413: components["responses"]["PayloadTooLarge"];
                414: components["responses"]["UriTooLong"];
                415: components["responses"]["UnsupportedMediaType"];
                500: components["responses"]["InternalError"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/clients/{clientId}/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The client's record as a download: `json` (our shape) or `fhir` (a FHIR R4 collection Bundle, application/fhir+json) */
        get: {
            parameters: {
                query?: {
                    format?: "json" | "fhir";
                };
                header?: never;
                path: {
                    clientId: string;
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
                        "application/fhir+json": {
                            agreementVersions: {
                                /** @enum {string} */
                                basis: "signed" | "step_up";
                                /** Format: date-time */
                                clientSignedAt: string | null;
                                /** Format: date-time */
                                clinicianSignedAt: string | null;
                                /** Format: uuid */
                                id: string;
                                /** Format: date-time */
                                inForceFrom: string | null;
                                names: {
                                    [key: string]: string;
                                };
                                /** Format: date-time */
                                proposedAt: string;
                                proposedBy: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                };
                                /** @enum {string} */
                                status: "proposed" | "in_force" | "superseded" | "withdrawn";
                                terms: {
                                    appointmentRequests: {
                                        allowed: boolean;
                                        inOffWeeks: boolean;
                                        minNoticeHours: number;
                                        words: string;
                                    };
                                    channels: ("messages" | "phone" | "video" | "in_person")[];
                                    clientCommitments: string;
                                    emergency: {
                                        /** Format: uuid */
                                        onCallClinicianId: string | null;
                                        words: string;
                                    };
                                    offWeeks: {
                                        /** Format: uuid */
                                        coverClinicianId: string | null;
                                        /** Format: date */
                                        end: string;
                                        /** @default true */
                                        messagesAllowed: boolean;
                                        /** @default  */
                                        reason: string;
                                        /** Format: date */
                                        start: string;
                                    }[];
                                    replyWindows: {
                                        before_session: ({
                                            workingDays: number;
                                        } | null) | ({
                                            workingHours: number;
                                        } | null);
                                        soon: ({
                                            workingDays: number;
                                        } | null) | ({
                                            workingHours: number;
                                        } | null);
                                    } | null;
                                    /** @enum {string} */
                                    sessions: "weekly" | "fortnightly" | "monthly" | "as_agreed";
                                    twentyFourHourRule: boolean;
                                    workingHours: {
                                        closesAt: string;
                                        days: number[];
                                        opensAt: string;
                                    } | null;
                                };
                                version: number;
                            }[];
                            appointments: {
                                /** Format: uuid */
                                clientId: string;
                                /** Format: uuid */
                                clinicianId: string;
                                clinicianName: string;
                                /** Format: date-time */
                                end: string;
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                kind: "video" | "in_person" | "phone";
                                /** Format: uuid */
                                seriesId: string | null;
                                /** Format: date-time */
                                start: string;
                                /** @enum {string} */
                                status: "requested" | "offered" | "scheduled" | "cancelled";
                                timeZone: string;
                            }[];
                            careTeam: {
                                /** Format: uuid */
                                clinicianId: string;
                                /** Format: date-time */
                                endsAt: string | null;
                                isPrimary: boolean;
                                name: string;
                                /** @enum {string} */
                                role: "therapist" | "gp" | "co_therapist" | "other";
                                /** Format: date-time */
                                startsAt: string;
                            }[];
                            caringContactsReceived: {
                                body: string;
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                messageId: string | null;
                                /** Format: date-time */
                                sentAt: string;
                            }[];
                            checkins: {
                                actedOn: string[];
                                /** Format: uuid */
                                clientId: string;
                                /** Format: date-time */
                                createdAt: string;
                                /** Format: date */
                                date: string;
                                emotions: {
                                    [key: string]: number;
                                };
                                /** Format: date */
                                enteredOn: string;
                                /** Format: uuid */
                                id: string;
                                /** @enum {string|null} */
                                meals: "yes" | "partly" | "no" | null;
                                /** @enum {string|null} */
                                medication: "yes" | "partly" | "no" | null;
                                mood: number;
                                note: string | null;
                                risk?: {
                                    /** @enum {string} */
                                    level: "none" | "concern" | "high" | "imminent";
                                    reasons: {
                                        construct: string;
                                        phrase: string;
                                    }[];
                                };
                                skills: string[];
                                sleepHours: number | null;
                                /** Format: date-time */
                                updatedAt: string;
                                urges: {
                                    [key: string]: number;
                                };
                                /** @enum {string|null} */
                                water: "yes" | "partly" | "no" | null;
                            }[];
                            client: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                                /** Format: date-time */
                                since: string;
                                /** @enum {string} */
                                status: "active" | "discharged";
                                timeZone: string;
                            };
                            /** Format: date-time */
                            exportedAt: string;
                            exportedBy: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                                /** @enum {string} */
                                role: "client" | "clinician";
                            };
                            /** @enum {string} */
                            kind: "steadfast.client-record";
                            measures: {
                                answers: number[];
                                /** Format: uuid */
                                clientId: string;
                                /** Format: date-time */
                                completedAt: string;
                                /** Format: date */
                                date: string;
                                functional: {
                                    code: string;
                                    display: string;
                                    linkId: string;
                                    value: number;
                                } | null;
                                /** Format: uuid */
                                id: string;
                                inSession: boolean;
                                /** @enum {string} */
                                instrument: "phq9" | "gad7";
                                items: {
                                    code: string;
                                    display: string;
                                    linkId: string;
                                    value: number;
                                }[];
                                /** @enum {string} */
                                severity?: "minimal" | "mild" | "moderate" | "moderately_severe" | "severe";
                                severityLabel?: string;
                                textVersion: string;
                                total: number;
                            }[];
                            messages: {
                                author: {
                                    /** Format: uuid */
                                    id: string;
                                    /** @enum {string} */
                                    kind: "client" | "clinician";
                                    name: string;
                                };
                                body: string;
                                /** Format: date-time */
                                createdAt: string;
                                /** Format: uuid */
                                id: string;
                                /** @enum {string|null} */
                                intent: "share" | "before_session" | "soon" | "crisis" | null;
                            }[];
                            notIncluded: string[];
                            okayPlan: {
                                plan: {
                                    feelsLike: string[];
                                    fromCareTeam: string[];
                                    harderSigns: string[];
                                    remember: string[];
                                    whatHelps: string[];
                                };
                                /** Format: date-time */
                                updatedAt: string | null;
                                version: number;
                            } | null;
                            peerSpace?: {
                                /** Format: date-time */
                                joinedAt: string;
                                pseudonym: string;
                                writing: {
                                    body: string;
                                    /** Format: uuid */
                                    id: string;
                                    /** Format: uuid */
                                    inReplyToPost: string | null;
                                    /** @enum {string} */
                                    kind: "post" | "reply";
                                    /** @enum {string} */
                                    status: "published" | "held" | "hidden";
                                    title: string | null;
                                    /** Format: date-time */
                                    writtenAt: string;
                                }[];
                            } | null;
                            reassuranceNotes: {
                                author: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                };
                                body: string;
                                /** Format: date-time */
                                createdAt: string;
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                kind: "clinician" | "self";
                                pinned: boolean;
                            }[];
                            riskFlags?: {
                                acknowledgement: {
                                    /** Format: date-time */
                                    at: string;
                                    by: {
                                        /** Format: uuid */
                                        id: string;
                                        name: string;
                                    };
                                    note: string;
                                    /** @enum {string|null} */
                                    outcome: "contacted" | "tried_to_contact" | "handed_over" | "reviewed" | null;
                                } | null;
                                constructs: string[];
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                level: "concern" | "high" | "imminent";
                                /** Format: date-time */
                                raisedAt: string;
                                source: {
                                    id: string;
                                    /** @enum {string} */
                                    type: "message" | "checkin" | "measure" | "peer_post";
                                };
                            }[];
                            safetyPlanVersions: {
                                author: {
                                    name: string;
                                    /** @enum {string} */
                                    role: "client" | "clinician";
                                };
                                /** Format: date-time */
                                createdAt: string;
                                plan: {
                                    copingAlone: string[];
                                    distractions: {
                                        people: {
                                            name: string;
                                            phone?: string;
                                        }[];
                                        places: string[];
                                    };
                                    helpers: {
                                        name: string;
                                        phone: string;
                                        relationship?: string;
                                    }[];
                                    mattersMost: string;
                                    professionals: {
                                        link?: string;
                                        name: string;
                                        note?: string;
                                        phone?: string;
                                    }[];
                                    reasonsForLiving: string[];
                                    saferSurroundings: string[];
                                    warningSigns: string[];
                                };
                                version: number;
                            }[];
                            /** @enum {number} */
                            schemaVersion: 1;
                            stepDownPlan: {
                                can: {
                                    agree: boolean;
                                    stepUp: boolean;
                                };
                                /** Format: date-time */
                                clientAgreedAt: string | null;
                                /** Format: uuid */
                                clientId: string;
                                /** Format: uuid */
                                id: string;
                                promise: string;
                                raised?: {
                                    detail: string;
                                    /** @enum {string} */
                                    kind: "soon_messages" | "checkins_below_baseline";
                                    /** Format: date-time */
                                    since: string;
                                }[];
                                reason: string;
                                reviewDates: string[];
                                /** @enum {string} */
                                status: "active" | "stepped_up";
                                /** Format: date-time */
                                steppedUpAt: string | null;
                                stepUpSignals: ("soon_messages" | "checkins_below_baseline")[];
                                timeline: {
                                    /** Format: date */
                                    from: string;
                                    intervalWeeks: number | null;
                                    /** @enum {string} */
                                    kind: "sessions" | "off" | "review";
                                    sessions: number;
                                    /** Format: date */
                                    to: string;
                                }[];
                            } | null;
                        } | ({
                            entry: {
                                fullUrl: string;
                                resource: {
                                    resourceType: string;
                                } & {
                                    [key: string]: unknown;
                                };
                            }[];
                            /** @enum {string} */
                            resourceType: "Bundle";
                            /** Format: date-time */
                            timestamp: string;
                            /** @enum {string} */
                            type: "collection";
                        } & {
                            [key: string]: unknown;
                        });
                        "application/json": {
                            agreementVersions: {
                                /** @enum {string} */
                                basis: "signed" | "step_up";
                                /** Format: date-time */
                                clientSignedAt: string | null;
                                /** Format: date-time */
                                clinicianSignedAt: string | null;
                                /** Format: uuid */
                                id: string;
                                /** Format: date-time */
                                inForceFrom: string | null;
                                names: {
                                    [key: string]: string;
                                };
                                /** Format: date-time */
                                proposedAt: string;
                                proposedBy: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                };
                                /** @enum {string} */
                                status: "proposed" | "in_force" | "superseded" | "withdrawn";
                                terms: {
                                    appointmentRequests: {
                                        allowed: boolean;
                                        inOffWeeks: boolean;
                                        minNoticeHours: number;
                                        words: string;
                                    };
                                    channels: ("messages" | "phone" | "video" | "in_person")[];
                                    clientCommitments: string;
                                    emergency: {
                                        /** Format: uuid */
                                        onCallClinicianId: string | null;
                                        words: string;
                                    };
                                    offWeeks: {
                                        /** Format: uuid */
                                        coverClinicianId: string | null;
                                        /** Format: date */
                                        end: string;
                                        /** @default true */
                                        messagesAllowed: boolean;
                                        /** @default  */
                                        reason: string;
                                        /** Format: date */
                                        start: string;
                                    }[];
                                    replyWindows: {
                                        before_session: ({
                                            workingDays: number;
                                        } | null) | ({
                                            workingHours: number;
                                        } | null);
                                        soon: ({
                                            workingDays: number;
                                        } | null) | ({
                                            workingHours: number;
                                        } | null);
                                    } | null;
                                    /** @enum {string} */
                                    sessions: "weekly" | "fortnightly" | "monthly" | "as_agreed";
                                    twentyFourHourRule: boolean;
                                    workingHours: {
                                        closesAt: string;
                                        days: number[];
                                        opensAt: string;
                                    } | null;
                                };
                                version: number;
                            }[];
                            appointments: {
                                /** Format: uuid */
                                clientId: string;
                                /** Format: uuid */
                                clinicianId: string;
                                clinicianName: string;
                                /** Format: date-time */
                                end: string;
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                kind: "video" | "in_person" | "phone";
                                /** Format: uuid */
                                seriesId: string | null;
                                /** Format: date-time */
                                start: string;
                                /** @enum {string} */
                                status: "requested" | "offered" | "scheduled" | "cancelled";
                                timeZone: string;
                            }[];
                            careTeam: {
                                /** Format: uuid */
                                clinicianId: string;
                                /** Format: date-time */
                                endsAt: string | null;
                                isPrimary: boolean;
                                name: string;
                                /** @enum {string} */
                                role: "therapist" | "gp" | "co_therapist" | "other";
                                /** Format: date-time */
                                startsAt: string;
                            }[];
                            caringContactsReceived: {
                                body: string;
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                messageId: string | null;
                                /** Format: date-time */
                                sentAt: string;
                            }[];
                            checkins: {
                                actedOn: string[];
                                /** Format: uuid */
                                clientId: string;
                                /** Format: date-time */
                                createdAt: string;
                                /** Format: date */
                                date: string;
                                emotions: {
                                    [key: string]: number;
                                };
                                /** Format: date */
                                enteredOn: string;
                                /** Format: uuid */
                                id: string;
                                /** @enum {string|null} */
                                meals: "yes" | "partly" | "no" | null;
                                /** @enum {string|null} */
                                medication: "yes" | "partly" | "no" | null;
                                mood: number;
                                note: string | null;
                                risk?: {
                                    /** @enum {string} */
                                    level: "none" | "concern" | "high" | "imminent";
                                    reasons: {
                                        construct: string;
                                        phrase: string;
                                    }[];
                                };
                                skills: string[];
                                sleepHours: number | null;
                                /** Format: date-time */
                                updatedAt: string;
                                urges: {
                                    [key: string]: number;
                                };
                                /** @enum {string|null} */
                                water: "yes" | "partly" | "no" | null;
                            }[];
                            client: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                                /** Format: date-time */
                                since: string;
                                /** @enum {string} */
                                status: "active" | "discharged";
                                timeZone: string;
                            };
                            /** Format: date-time */
                            exportedAt: string;
                            exportedBy: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                                /** @enum {string} */
                                role: "client" | "clinician";
                            };
                            /** @enum {string} */
                            kind: "steadfast.client-record";
                            measures: {
                                answers: number[];
                                /** Format: uuid */
                                clientId: string;
                                /** Format: date-time */
                                completedAt: string;
                                /** Format: date */
                                date: string;
                                functional: {
                                    code: string;
                                    display: string;
                                    linkId: string;
                                    value: number;
                                } | null;
                                /** Format: uuid */
                                id: string;
                                inSession: boolean;
                                /** @enum {string} */
                                instrument: "phq9" | "gad7";
                                items: {
                                    code: string;
                                    display: string;
                                    linkId: string;
                                    value: number;
                                }[];
                                /** @enum {string} */
                                severity?: "minimal" | "mild" | "moderate" | "moderately_severe" | "severe";
                                severityLabel?: string;
                                textVersion: string;
                                total: number;
                            }[];
                            messages: {
                                author: {
                                    /** Format: uuid */
                                    id: string;
                                    /** @enum {string} */
                                    kind: "client" | "clinician";
                                    name: string;
                                };
                                body: string;
                                /** Format: date-time */
                                createdAt: string;
                                /** Format: uuid */
                                id: string;
                                /** @enum {string|null} */
                                intent: "share" | "before_session" | "soon" | "crisis" | null;
                            }[];
                            notIncluded: string[];
                            okayPlan: {
                                plan: {
                                    feelsLike: string[];
                                    fromCareTeam: string[];
                                    harderSigns: string[];
                                    remember: string[];
                                    whatHelps: string[];
                                };
                                /** Format: date-time */
                                updatedAt: string | null;
                                version: number;
                            } | null;
                            peerSpace?: {
                                /** Format: date-time */
                                joinedAt: string;
                                pseudonym: string;
                                writing: {
                                    body: string;
                                    /** Format: uuid */
                                    id: string;
                                    /** Format: uuid */
                                    inReplyToPost: string | null;
                                    /** @enum {string} */
                                    kind: "post" | "reply";
                                    /** @enum {string} */
                                    status: "published" | "held" | "hidden";
                                    title: string | null;
                                    /** Format: date-time */
                                    writtenAt: string;
                                }[];
                            } | null;
                            reassuranceNotes: {
                                author: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                };
                                body: string;
                                /** Format: date-time */
                                createdAt: string;
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                kind: "clinician" | "self";
                                pinned: boolean;
                            }[];
                            riskFlags?: {
                                acknowledgement: {
                                    /** Format: date-time */
                                    at: string;
                                    by: {
                                        /** Format: uuid */
                                        id: string;
                                        name: string;
                                    };
                                    note: string;
                                    /** @enum {string|null} */
                                    outcome: "contacted" | "tried_to_contact" | "handed_over" | "reviewed" | null;
                                } | null;
                                constructs: string[];
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                level: "concern" | "high" | "imminent";
                                /** Format: date-time */
                                raisedAt: string;
                                source: {
                                    id: string;
                                    /** @enum {string} */
                                    type: "message" | "checkin" | "measure" | "peer_post";
                                };
                            }[];
                            safetyPlanVersions: {
                                author: {
                                    name: string;
                                    /** @enum {string} */
                                    role: "client" | "clinician";
                                };
                                /** Format: date-time */
                                createdAt: string;
                                plan: {
                                    copingAlone: string[];
                                    distractions: {
                                        people: {
                                            name: string;
                                            phone?: string;
                                        }[];
                                        places: string[];
                                    };
                                    helpers: {
                                        name: string;
                                        phone: string;
                                        relationship?: string;
                                    }[];
                                    mattersMost: string;
                                    professionals: {
                                        link?: string;
                                        name: string;
                                        note?: string;
                                        phone?: string;
                                    }[];
                                    reasonsForLiving: string[];
                                    saferSurroundings: string[];
                                    warningSigns: string[];
                                };
                                version: number;
                            }[];
                            /** @enum {number} */
                            schemaVersion: 1;
                            stepDownPlan: {
                                can: {
                                    agree: boolean;
                                    stepUp: boolean;
                                };
                                /** Format: date-time */
                                clientAgreedAt: string | null;
                                /** Format: uuid */
                                clientId: string;
                                /** Format: uuid */
                                id: string;
                                promise: string;
                                raised?: {
                                    detail: string;
                                    /** @enum {string} */
                                    kind: "soon_messages" | "checkins_below_baseline";
                                    /** Format: date-time */
                                    since: string;
                                }[];
                                reason: string;
                                reviewDates: string[];
                                /** @enum {string} */
                                status: "active" | "stepped_up";
                                /** Format: date-time */
                                steppedUpAt: string | null;
                                stepUpSignals: ("soon_messages" | "checkins_below_baseline")[];
                                timeline: {
                                    /** Format: date */
                                    from: string;
                                    intervalWeeks: number | null;
                                    /** @enum {string} */
                                    kind: "sessions" | "off" | "review";
                                    sessions: number;
                                    /** Format: date */
                                    to: string;
                                }[];
                            } | null;
                        } | ({
                            entry: {
                                fullUrl: string;
                                resource: {
                                    resourceType: string;
                                } & {
                                    [key: string]: unknown;
                                };
                            }[];
                            /** @enum {string} */
                            resourceType: "Bundle";
                            /** Format: date-time */
                            timestamp: string;
                            /** @enum {string} */
                            type: "collection";
                        } & {
                            [key: string]: unknown;
                        });
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                414: components["responses"]["UriTooLong"];
                500: components["responses"]["InternalError"];
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
    "/api/v1/clients/{clientId}/flags": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A client's risk flags, newest first (clinicians only) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    clientId: string;
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
                            flags: {
                                /** Format: date-time */
                                acknowledgedAt?: string;
                                acknowledgedBy?: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                };
                                canAcknowledge: boolean;
                                /** Format: uuid */
                                clientId: string;
                                clientName: string;
                                /** Format: date-time */
                                createdAt: string;
                                /** Format: date-time */
                                dueBy: string;
                                escalationStep: number | null;
                                excerpt?: {
                                    clippedEnd: boolean;
                                    clippedStart: boolean;
                                    highlights: {
                                        construct: string;
                                        end: number;
                                        start: number;
                                    }[];
                                    text: string;
                                };
                                /** Format: uuid */
                                flagId?: string;
                                /** @enum {string} */
                                level: "none" | "concern" | "high" | "imminent";
                                /** Format: uuid */
                                messageId?: string;
                                /** Format: date-time */
                                nextEscalationAt: string | null;
                                reasons: {
                                    construct: string;
                                    phrase?: string;
                                    span?: (number)[];
                                }[];
                                /** @enum {string} */
                                sourceType: "message" | "checkin" | "measure" | "peer_post";
                            }[];
                        };
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                414: components["responses"]["UriTooLong"];
                500: components["responses"]["InternalError"];
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
    "/api/v1/clients/{clientId}/handovers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Hand the client over: both clinicians on the team during the overlap, the new one primary from its end; the client and the new clinician are told (409 when one is planned already) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    clientId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: date */
                        overlapEndsOn: string;
                        /** Format: date */
                        overlapStartsOn?: string;
                        summary: string;
                        /** Format: uuid */
                        toClinicianId: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            handover: {
                                can: {
                                    cancel: boolean;
                                    finish: boolean;
                                    introduce: boolean;
                                };
                                /** Format: date-time */
                                cancelledAt: string | null;
                                /** Format: uuid */
                                clientId: string;
                                clientName: string;
                                /** Format: date-time */
                                createdAt: string;
                                from: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                };
                                /** Format: uuid */
                                id: string;
                                /** Format: date-time */
                                introducedAt: string | null;
                                introduction: string | null;
                                movedCaringContacts: number;
                                /** Format: date-time */
                                overlapEndsAt: string;
                                /** Format: date */
                                overlapEndsOn: string;
                                /** Format: date-time */
                                overlapStartsAt: string;
                                /** Format: date */
                                overlapStartsOn: string;
                                /** @enum {string} */
                                status: "planned" | "overlap" | "completed" | "cancelled";
                                summary: string | null;
                                to: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                };
                            };
                        };
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                409: components["responses"]["Conflict"];
                413: components["responses"]["PayloadTooLarge"];
                414: components["responses"]["UriTooLong"];
                415: components["responses"]["UnsupportedMediaType"];
                500: components["responses"]["InternalError"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/clients/{clientId}/handovers/{handoverId}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cancel a handover before it completes; the client is told */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    clientId: string;
                    handoverId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": Record<string, never>;
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            handover: {
                                can: {
                                    cancel: boolean;
                                    finish: boolean;
                                    introduce: boolean;
                                };
                                /** Format: date-time */
                                cancelledAt: string | null;
                                /** Format: uuid */
                                clientId: string;
                                clientName: string;
                                /** Format: date-time */
                                createdAt: string;
                                from: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                };
                                /** Format: uuid */
                                id: string;
                                /** Format: date-time */
                                introducedAt: string | null;
                                introduction: string | null;
                                movedCaringContacts: number;
                                /** Format: date-time */
                                overlapEndsAt: string;
                                /** Format: date */
                                overlapEndsOn: string;
                                /** Format: date-time */
                                overlapStartsAt: string;
                                /** Format: date */
                                overlapStartsOn: string;
                                /** @enum {string} */
                                status: "planned" | "overlap" | "completed" | "cancelled";
                                summary: string | null;
                                to: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                };
                            };
                        };
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                409: components["responses"]["Conflict"];
                413: components["responses"]["PayloadTooLarge"];
                414: components["responses"]["UriTooLong"];
                415: components["responses"]["UnsupportedMediaType"];
                500: components["responses"]["InternalError"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/clients/{clientId}/handovers/{handoverId}/finish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** End the overlap today: the new clinician is primary from now */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    clientId: string;
                    handoverId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": Record<string, never>;
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            handover: {
                                can: {
                                    cancel: boolean;
                                    finish: boolean;
                                    introduce: boolean;
                                };
                                /** Format: date-time */
                                cancelledAt: string | null;
                                /** Format: uuid */
                                clientId: string;
                                clientName: string;
                                /** Format: date-time */
                                createdAt: string;
                                from: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                };
                                /** Format: uuid */
                                id: string;
                                /** Format: date-time */
                                introducedAt: string | null;
                                introduction: string | null;
                                movedCaringContacts: number;
                                /** Format: date-time */
                                overlapEndsAt: string;
                                /** Format: date */
                                overlapEndsOn: string;
                                /** Format: date-time */
                                overlapStartsAt: string;
                                /** Format: date */
                                overlapStartsOn: string;
                                /** @enum {string} */
                                status: "planned" | "overlap" | "completed" | "cancelled";
                                summary: string | null;
                                to: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                };
                            };
                        };
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                409: components["responses"]["Conflict"];
                413: components["responses"]["PayloadTooLarge"];
                414: components["responses"]["UriTooLong"];
                415: components["responses"]["UnsupportedMediaType"];
                500: components["responses"]["InternalError"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/clients/{clientId}/handovers/draft": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A transfer summary compiled now from the plans, agreement, measures and flags, to edit; the clinicians to choose from */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    clientId: string;
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
                            appointments: {
                                /** Format: uuid */
                                id: string;
                                /** Format: date-time */
                                start: string;
                            }[];
                            clinicians: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            }[];
                            summary: string;
                        };
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                414: components["responses"]["UriTooLong"];
                500: components["responses"]["InternalError"];
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
    "/api/v1/clients/{clientId}/measures": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A client's results, oldest first */
        get: {
            parameters: {
                query?: {
                    from?: string;
                    instrument?: "phq9" | "gad7";
                    to?: string;
                };
                header?: never;
                path: {
                    clientId: string;
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
                            measures: {
                                answers: number[];
                                /** Format: uuid */
                                clientId: string;
                                /** Format: date-time */
                                completedAt: string;
                                /** Format: date */
                                date: string;
                                functional: {
                                    code: string;
                                    display: string;
                                    linkId: string;
                                    value: number;
                                } | null;
                                /** Format: uuid */
                                id: string;
                                inSession: boolean;
                                /** @enum {string} */
                                instrument: "phq9" | "gad7";
                                items: {
                                    code: string;
                                    display: string;
                                    linkId: string;
                                    value: number;
                                }[];
                                /** @enum {string} */
                                severity?: "minimal" | "mild" | "moderate" | "moderately_severe" | "severe";
                                severityLabel?: string;
                                textVersion: string;
                                total: number;
                            }[];
                        };
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                414: components["responses"]["UriTooLong"];
                500: components["responses"]["InternalError"];
            };
        };
        put?: never;
        /** A completed PHQ-9 or GAD-7: answers 0–3 in published order; clinicians also get the severity band */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    clientId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        answers: number[];
                        functional?: number | null;
                        inSession?: boolean;
                        /** @enum {string} */
                        instrument: "phq9" | "gad7";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            measure: {
                                answers: number[];
                                /** Format: uuid */
                                clientId: string;
                                /** Format: date-time */
                                completedAt: string;
                                /** Format: date */
                                date: string;
                                functional: {
                                    code: string;
                                    display: string;
                                    linkId: string;
                                    value: number;
                                } | null;
                                /** Format: uuid */
                                id: string;
                                inSession: boolean;
                                /** @enum {string} */
                                instrument: "phq9" | "gad7";
                                items: {
                                    code: string;
                                    display: string;
                                    linkId: string;
                                    value: number;
                                }[];
                                /** @enum {string} */
                                severity?: "minimal" | "mild" | "moderate" | "moderately_severe" | "severe";
                                severityLabel?: string;
                                textVersion: string;
                                total: number;
                            };
                            showCrisisRoutes: boolean;
                        };
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                409: components["responses"]["Conflict"];
                413: components["responses"]["PayloadTooLarge"];
                414: components["responses"]["UriTooLong"];
                415: components["responses"]["UnsupportedMediaType"];
                500: components["responses"]["InternalError"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/clients/{clientId}/measures/due": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Scheduled measures open now, and the schedule */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    clientId: string;
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
                            canSchedule: boolean;
                            due: {
                                /** Format: date-time */
                                beforeAppointmentAt: string | null;
                                /** Format: date */
                                dueSince: string;
                                /** Format: date */
                                expiresOn: string;
                                /** @enum {string} */
                                instrument: "phq9" | "gad7";
                                /** Format: date */
                                lastCompletedOn: string | null;
                            }[];
                            schedule: {
                                expiresAfterDays: number;
                                gad7BeforeAppointments: boolean;
                                gad7EveryWeeks: number | null;
                                phq9BeforeAppointments: boolean;
                                phq9EveryWeeks: number | null;
                            };
                        };
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                414: components["responses"]["UriTooLong"];
                500: components["responses"]["InternalError"];
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
    "/api/v1/clients/{clientId}/measures/schedule": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Every N weeks per instrument; a round stays open some days with one reminder */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    clientId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        expiresAfterDays: number;
                        /** @default false */
                        gad7BeforeAppointments?: boolean;
                        gad7EveryWeeks: number | null;
                        /** @default false */
                        phq9BeforeAppointments?: boolean;
                        phq9EveryWeeks: number | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            canSchedule: boolean;
                            due: {
                                /** Format: date-time */
                                beforeAppointmentAt: string | null;
                                /** Format: date */
                                dueSince: string;
                                /** Format: date */
                                expiresOn: string;
                                /** @enum {string} */
                                instrument: "phq9" | "gad7";
                                /** Format: date */
                                lastCompletedOn: string | null;
                            }[];
                            schedule: {
                                expiresAfterDays: number;
                                gad7BeforeAppointments: boolean;
                                gad7EveryWeeks: number | null;
                                phq9BeforeAppointments: boolean;
                                phq9EveryWeeks: number | null;
                            };
                        };
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                409: components["responses"]["Conflict"];
                413: components["responses"]["PayloadTooLarge"];
                414: components["responses"]["UriTooLong"];
                415: components["responses"]["UnsupportedMediaType"];
                500: components["responses"]["InternalError"];
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/clients/{clientId}/messages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The conversation, newest last, with receipts; page back with ?before=<id> */
        get: {
            parameters: {
                query?: {
                    before?: string;
                    limit?: number;
                };
                header?: never;
                path: {
                    clientId: string;
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
                            can: {
                                markNoReplyNeeded: boolean;
                                send: boolean;
                                useTemplates: boolean;
                            };
                            /** Format: uuid */
                            clientId: string;
                            intentChoices?: {
                                expectation: string;
                                explanation: string;
                                /** @enum {string} */
                                intent: "share" | "before_session" | "soon" | "crisis";
                                label: string;
                            }[];
                            messages: {
                                author: {
                                    /** Format: uuid */
                                    id: string;
                                    isMe: boolean;
                                    /** @enum {string} */
                                    kind: "client" | "clinician";
                                    name: string;
                                };
                                awaitingReply?: boolean;
                                body: string;
                                /** Format: uuid */
                                clientId: string;
                                /** Format: date-time */
                                createdAt: string;
                                /** Format: date-time */
                                deliveredAt: string | null;
                                /** Format: date-time */
                                expectedReplyBy: string | null;
                                expectedReplyWords: string | null;
                                /** Format: uuid */
                                id: string;
                                /** @enum {string|null} */
                                intent: "share" | "before_session" | "soon" | "crisis" | null;
                                noReplyNeeded?: {
                                    /** Format: date-time */
                                    at: string;
                                    byName: string;
                                } | null;
                                risk?: {
                                    /** @enum {string} */
                                    level: "none" | "concern" | "high" | "imminent";
                                    reasons: {
                                        construct: string;
                                        phrase: string;
                                        span: (number)[];
                                    }[];
                                };
                                seenBy: {
                                    /** Format: date-time */
                                    at: string;
                                    name: string;
                                }[];
                            }[];
                            /** Format: uuid */
                            olderCursor: string | null;
                        };
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                414: components["responses"]["UriTooLong"];
                500: components["responses"]["InternalError"];
            };
        };
        put?: never;
        /** Send a message (clients with an intent); the Idempotency-Key header makes a retry return the same message */
        post: {
            parameters: {
                query?: never;
                header: {
                    "idempotency-key": string;
                };
                path: {
                    clientId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        body: string;
                        /** @enum {string} */
                        intent?: "share" | "before_session" | "soon" | "crisis";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            message: {
                                author: {
                                    /** Format: uuid */
                                    id: string;
                                    isMe: boolean;
                                    /** @enum {string} */
                                    kind: "client" | "clinician";
                                    name: string;
                                };
                                awaitingReply?: boolean;
                                body: string;
                                /** Format: uuid */
                                clientId: string;
                                /** Format: date-time */
                                createdAt: string;
                                /** Format: date-time */
                                deliveredAt: string | null;
                                /** Format: date-time */
                                expectedReplyBy: string | null;
                                expectedReplyWords: string | null;
                                /** Format: uuid */
                                id: string;
                                /** @enum {string|null} */
                                intent: "share" | "before_session" | "soon" | "crisis" | null;
                                noReplyNeeded?: {
                                    /** Format: date-time */
                                    at: string;
                                    byName: string;
                                } | null;
                                risk?: {
                                    /** @enum {string} */
                                    level: "none" | "concern" | "high" | "imminent";
                                    reasons: {
                                        construct: string;
                                        phrase: string;
                                        span: (number)[];
                                    }[];
                                };
                                seenBy: {
                                    /** Format: date-time */
                                    at: string;
                                    name: string;
                                }[];
                            };
                            showCrisisRoutes: boolean;
                        };
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            message: {
                                author: {
                                    /** Format: uuid */
                                    id: string;
                                    isMe: boolean;
                                    /** @enum {string} */
                                    kind: "client" | "clinician";
                                    name: string;
                                };
                                awaitingReply?: boolean;
                                body: string;
                                /** Format: uuid */
                                clientId: string;
                                /** Format: date-time */
                                createdAt: string;
                                /** Format: date-time */
                                deliveredAt: string | null;
                                /** Format: date-time */
                                expectedReplyBy: string | null;
                                expectedReplyWords: string | null;
                                /** Format: uuid */
                                id: string;
                                /** @enum {string|null} */
                                intent: "share" | "before_session" | "soon" | "crisis" | null;
                                noReplyNeeded?: {
                                    /** Format: date-time */
                                    at: string;
                                    byName: string;
                                } | null;
                                risk?: {
                                    /** @enum {string} */
                                    level: "none" | "concern" | "high" | "imminent";
                                    reasons: {
                                        construct: string;
                                        phrase: string;
                                        span: (number)[];
                                    }[];
                                };
                                seenBy: {
                                    /** Format: date-time */
                                    at: string;
                                    name: string;
                                }[];
                            };
                            showCrisisRoutes: boolean;
                        };
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                409: components["responses"]["Conflict"];
                413: components["responses"]["PayloadTooLarge"];
                414: components["responses"]["UriTooLong"];
                415: components["responses"]["UnsupportedMediaType"];
                500: components["responses"]["InternalError"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/clients/{clientId}/notes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The client's private clinical notes, newest first, each with the versions its amendments replaced */
        get: {
            parameters: {
                query?: {
                    before?: string;
                    limit?: number;
                };
                header?: never;
                path: {
                    clientId: string;
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
                            can: {
                                write: boolean;
                            };
                            notes: {
                                /** Format: uuid */
                                clientId: string;
                                /** Format: uuid */
                                id: string;
                                versions: {
                                    author: {
                                        /** Format: uuid */
                                        id: string;
                                        name: string;
                                    };
                                    body: string;
                                    /** Format: date-time */
                                    createdAt: string;
                                    /** Format: uuid */
                                    id: string;
                                    /** Format: uuid */
                                    replacesId: string | null;
                                    version: number;
                                }[];
                            }[];
                            /** Format: uuid */
                            olderCursor: string | null;
                        };
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                414: components["responses"]["UriTooLong"];
                500: components["responses"]["InternalError"];
            };
        };
        put?: never;
        /** Write a private clinical note */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    clientId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        body: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            note: {
                                /** Format: uuid */
                                clientId: string;
                                /** Format: uuid */
                                id: string;
                                versions: {
                                    author: {
                                        /** Format: uuid */
                                        id: string;
                                        name: string;
                                    };
                                    body: string;
                                    /** Format: date-time */
                                    createdAt: string;
                                    /** Format: uuid */
                                    id: string;
                                    /** Format: uuid */
                                    replacesId: string | null;
                                    version: number;
                                }[];
                            };
                        };
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                409: components["responses"]["Conflict"];
                413: components["responses"]["PayloadTooLarge"];
                414: components["responses"]["UriTooLong"];
                415: components["responses"]["UnsupportedMediaType"];
                500: components["responses"]["InternalError"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/clients/{clientId}/notes-to-self": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The client writes a note to their future self (nobody else sees it) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    clientId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        body: string;
                        pinned?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            note: {
                                author: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                };
                                body: string;
                                /** Format: date-time */
                                createdAt: string;
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                kind: "clinician" | "self";
                                pinned: boolean;
                            };
                        };
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                409: components["responses"]["Conflict"];
                413: components["responses"]["PayloadTooLarge"];
                414: components["responses"]["UriTooLong"];
                415: components["responses"]["UnsupportedMediaType"];
                500: components["responses"]["InternalError"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/clients/{clientId}/notes/{noteId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One private clinical note with every version */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    clientId: string;
                    noteId: string;
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
                            note: {
                                /** Format: uuid */
                                clientId: string;
                                /** Format: uuid */
                                id: string;
                                versions: {
                                    author: {
                                        /** Format: uuid */
                                        id: string;
                                        name: string;
                                    };
                                    body: string;
                                    /** Format: date-time */
                                    createdAt: string;
                                    /** Format: uuid */
                                    id: string;
                                    /** Format: uuid */
                                    replacesId: string | null;
                                    version: number;
                                }[];
                            };
                        };
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                414: components["responses"]["UriTooLong"];
                500: components["responses"]["InternalError"];
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
    "/api/v1/clients/{clientId}/notes/{noteId}/amendments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Correct a note: a new version that keeps the one it replaces; 409 when baseVersion is not the current one */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    clientId: string;
                    noteId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        baseVersion: number;
                        body: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            note: {
                                /** Format: uuid */
                                clientId: string;
                                /** Format: uuid */
                                id: string;
                                versions: {
                                    author: {
                                        /** Format: uuid */
                                        id: string;
                                        name: string;
                                    };
                                    body: string;
                                    /** Format: date-time */
                                    createdAt: string;
                                    /** Format: uuid */
                                    id: string;
                                    /** Format: uuid */
                                    replacesId: string | null;
                                    version: number;
                                }[];
                            };
                        };
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                409: components["responses"]["Conflict"];
                413: components["responses"]["PayloadTooLarge"];
                414: components["responses"]["UriTooLong"];
                415: components["responses"]["UnsupportedMediaType"];
                500: components["responses"]["InternalError"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/clients/{clientId}/okay-plan": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The current okay plan (version 0 and empty before the first save) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    clientId: string;
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
                            can: {
                                edit: boolean;
                            };
                            changedSections: ("feelsLike" | "harderSigns" | "whatHelps" | "fromCareTeam" | "remember")[];
                            /** Format: uuid */
                            clientId: string;
                            plan: {
                                feelsLike: string[];
                                fromCareTeam: string[];
                                harderSigns: string[];
                                remember: string[];
                                whatHelps: string[];
                            };
                            /** Format: date-time */
                            updatedAt: string | null;
                            updatedBy: {
                                name: string;
                                /** @enum {string} */
                                role: "client" | "clinician";
                            } | null;
                            version: number;
                        };
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                414: components["responses"]["UriTooLong"];
                500: components["responses"]["InternalError"];
            };
        };
        /** Save the okay plan as a new version; 409 when baseVersion is not the current one */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    clientId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        baseVersion: number;
                        plan: {
                            feelsLike: string[];
                            fromCareTeam: string[];
                            harderSigns: string[];
                            remember: string[];
                            whatHelps: string[];
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            can: {
                                edit: boolean;
                            };
                            changedSections: ("feelsLike" | "harderSigns" | "whatHelps" | "fromCareTeam" | "remember")[];
                            /** Format: uuid */
                            clientId: string;
                            plan: {
                                feelsLike: string[];
                                fromCareTeam: string[];
                                harderSigns: string[];
                                remember: string[];
                                whatHelps: string[];
                            };
                            /** Format: date-time */
                            updatedAt: string | null;
                            updatedBy: {
                                name: string;
                                /** @enum {string} */
                                role: "client" | "clinician";
                            } | null;
                            version: number;
                        };
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                409: components["responses"]["Conflict"];
                413: components["responses"]["PayloadTooLarge"];
                414: components["responses"]["UriTooLong"];
                415: components["responses"]["UnsupportedMediaType"];
                500: components["responses"]["InternalError"];
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/clients/{clientId}/peer-participation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Whether the client takes part in the peer space: shown to their care team only with their consent, never what they wrote */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    clientId: string;
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
                            participation: {
                                /** Format: date-time */
                                joinedAt: string;
                            } | null;
                        };
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                414: components["responses"]["UriTooLong"];
                500: components["responses"]["InternalError"];
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
    "/api/v1/clients/{clientId}/reassurance-notes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Reassurance notes, pinned first then newest; a client also sees their notes to self */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    clientId: string;
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
                            can: {
                                pin: boolean;
                                request: boolean;
                                write: boolean;
                                writeToSelf: boolean;
                            };
                            notes: {
                                author: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                };
                                body: string;
                                /** Format: date-time */
                                createdAt: string;
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                kind: "clinician" | "self";
                                pinned: boolean;
                            }[];
                            offerOkayPlan: boolean;
                            openRequest: {
                                /** Format: date-time */
                                createdAt: string;
                                /** Format: uuid */
                                id: string;
                            } | null;
                        };
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                414: components["responses"]["UriTooLong"];
                500: components["responses"]["InternalError"];
            };
        };
        put?: never;
        /** A clinician writes the client a note to keep */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    clientId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        body: string;
                        pinned?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            note: {
                                author: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                };
                                body: string;
                                /** Format: date-time */
                                createdAt: string;
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                kind: "clinician" | "self";
                                pinned: boolean;
                            };
                        };
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                409: components["responses"]["Conflict"];
                413: components["responses"]["PayloadTooLarge"];
                414: components["responses"]["UriTooLong"];
                415: components["responses"]["UnsupportedMediaType"];
                500: components["responses"]["InternalError"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/clients/{clientId}/reassurance-notes/{noteId}/pin": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** The client pins or unpins a note on their home */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    clientId: string;
                    noteId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        pinned: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            note: {
                                author: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                };
                                body: string;
                                /** Format: date-time */
                                createdAt: string;
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                kind: "clinician" | "self";
                                pinned: boolean;
                            };
                        };
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                409: components["responses"]["Conflict"];
                413: components["responses"]["PayloadTooLarge"];
                414: components["responses"]["UriTooLong"];
                415: components["responses"]["UnsupportedMediaType"];
                500: components["responses"]["InternalError"];
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/clients/{clientId}/reassurance-notes/requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The client gently asks for a new note (no reply window); 409 while one is open */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    clientId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": Record<string, never>;
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            request: {
                                /** Format: date-time */
                                createdAt: string;
                                /** Format: uuid */
                                id: string;
                            };
                        };
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                409: components["responses"]["Conflict"];
                413: components["responses"]["PayloadTooLarge"];
                414: components["responses"]["UriTooLong"];
                415: components["responses"]["UnsupportedMediaType"];
                500: components["responses"]["InternalError"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/clients/{clientId}/reentry-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** "I'd like to come back", from a discharged client; the admin and primary clinician are told (409 before a discharge) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    clientId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @default  */
                        message?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            request: {
                                /** Format: uuid */
                                clientId: string;
                                clientName: string;
                                /** Format: date-time */
                                createdAt: string;
                                /** Format: uuid */
                                id: string;
                                message: string;
                            };
                        };
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                409: components["responses"]["Conflict"];
                413: components["responses"]["PayloadTooLarge"];
                414: components["responses"]["UriTooLong"];
                415: components["responses"]["UnsupportedMediaType"];
                500: components["responses"]["InternalError"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/clients/{clientId}/reentry/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Welcome a discharged client back: active again, and told so (409 when not discharged) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    clientId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": Record<string, never>;
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            can: {
                                manage: boolean;
                                requestReentry: boolean;
                            };
                            /** @enum {string} */
                            clientStatus: "active" | "discharged";
                            discharge: {
                                can: {
                                    cancel: boolean;
                                };
                                /** Format: date-time */
                                cancelledAt: string | null;
                                /** Format: uuid */
                                clientId: string;
                                /** Format: date-time */
                                dischargeAt: string;
                                /** Format: date */
                                dischargeOn: string;
                                goodbyeNote: string;
                                /** Format: uuid */
                                id: string;
                                lastAppointment: {
                                    /** Format: uuid */
                                    id: string;
                                    /** Format: date-time */
                                    start: string;
                                } | null;
                                plannedBy: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                };
                                /** @enum {string} */
                                status: "planned" | "discharged" | "cancelled";
                                staysAvailable: string[];
                            } | null;
                            handovers: {
                                can: {
                                    cancel: boolean;
                                    finish: boolean;
                                    introduce: boolean;
                                };
                                /** Format: date-time */
                                cancelledAt: string | null;
                                /** Format: uuid */
                                clientId: string;
                                clientName: string;
                                /** Format: date-time */
                                createdAt: string;
                                from: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                };
                                /** Format: uuid */
                                id: string;
                                /** Format: date-time */
                                introducedAt: string | null;
                                introduction: string | null;
                                movedCaringContacts: number;
                                /** Format: date-time */
                                overlapEndsAt: string;
                                /** Format: date */
                                overlapEndsOn: string;
                                /** Format: date-time */
                                overlapStartsAt: string;
                                /** Format: date */
                                overlapStartsOn: string;
                                /** @enum {string} */
                                status: "planned" | "overlap" | "completed" | "cancelled";
                                summary: string | null;
                                to: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                };
                            }[];
                            reentryRequests: {
                                /** Format: uuid */
                                clientId: string;
                                clientName: string;
                                /** Format: date-time */
                                createdAt: string;
                                /** Format: uuid */
                                id: string;
                                message: string;
                            }[];
                        };
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                409: components["responses"]["Conflict"];
                413: components["responses"]["PayloadTooLarge"];
                414: components["responses"]["UriTooLong"];
                415: components["responses"]["UnsupportedMediaType"];
                500: components["responses"]["InternalError"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/clients/{clientId}/risk-formulations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The clinicians' own risk formulations of a client, newest first */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    clientId: string;
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
                            canWrite: boolean;
                            formulations: {
                                author: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                };
                                changeableFactors: string;
                                /** Format: uuid */
                                clientId: string;
                                /** Format: date-time */
                                createdAt: string;
                                formulation: string;
                                /** Format: uuid */
                                id: string;
                                judgement: string;
                                plan: string;
                                /** Format: date */
                                reviewBy: string | null;
                            }[];
                        };
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                414: components["responses"]["UriTooLong"];
                500: components["responses"]["InternalError"];
            };
        };
        put?: never;
        /** Record a clinician's risk formulation (their words; never prefilled from a score) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    clientId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @default  */
                        changeableFactors?: string;
                        formulation: string;
                        judgement: string;
                        plan: string;
                        /**
                         * Format: date
                         * @default null
                         */
                        reviewBy?: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            author: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            changeableFactors: string;
                            /** Format: uuid */
                            clientId: string;
                            /** Format: date-time */
                            createdAt: string;
                            formulation: string;
                            /** Format: uuid */
                            id: string;
                            judgement: string;
                            plan: string;
                            /** Format: date */
                            reviewBy: string | null;
                        };
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                409: components["responses"]["Conflict"];
                413: components["responses"]["PayloadTooLarge"];
                414: components["responses"]["UriTooLong"];
                415: components["responses"]["UnsupportedMediaType"];
                500: components["responses"]["InternalError"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/clients/{clientId}/safety-plan": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The current safety plan (version 0 and empty before the first save) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    clientId: string;
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
                            can: {
                                edit: boolean;
                                viewHistory: boolean;
                            };
                            careRoute: {
                                careTeam: {
                                    isPrimary: boolean;
                                    name: string;
                                    /** @enum {string} */
                                    role: "therapist" | "gp" | "co_therapist" | "other";
                                }[];
                                onCall: {
                                    label: string;
                                };
                            };
                            /** Format: uuid */
                            clientId: string;
                            completeness: {
                                filledSteps: number;
                                missing: ("warningSigns" | "copingAlone" | "distractions" | "helpers" | "professionals" | "saferSurroundings" | "mattersMost" | "reasonsForLiving")[];
                                totalSteps: number;
                            };
                            /** Format: date-time */
                            lastReviewedAt: string | null;
                            plan: {
                                copingAlone: string[];
                                distractions: {
                                    people: {
                                        name: string;
                                        phone?: string;
                                    }[];
                                    places: string[];
                                };
                                helpers: {
                                    name: string;
                                    phone: string;
                                    relationship?: string;
                                }[];
                                mattersMost: string;
                                professionals: {
                                    link?: string;
                                    name: string;
                                    note?: string;
                                    phone?: string;
                                }[];
                                reasonsForLiving: string[];
                                saferSurroundings: string[];
                                warningSigns: string[];
                            };
                            /** Format: date-time */
                            updatedAt: string | null;
                            updatedBy: {
                                name: string;
                                /** @enum {string} */
                                role: "admin" | "clinician" | "client";
                            } | null;
                            version: number;
                        };
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                414: components["responses"]["UriTooLong"];
                500: components["responses"]["InternalError"];
            };
        };
        /** Save the plan as a new version; 409 when baseVersion is not the current one */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    clientId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        baseVersion: number;
                        plan: {
                            copingAlone: string[];
                            distractions: {
                                people: {
                                    name: string;
                                    phone?: string;
                                }[];
                                places: string[];
                            };
                            helpers: {
                                name: string;
                                phone: string;
                                relationship?: string;
                            }[];
                            mattersMost: string;
                            professionals: {
                                link?: string;
                                name: string;
                                note?: string;
                                phone?: string;
                            }[];
                            reasonsForLiving: string[];
                            saferSurroundings: string[];
                            warningSigns: string[];
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            can: {
                                edit: boolean;
                                viewHistory: boolean;
                            };
                            careRoute: {
                                careTeam: {
                                    isPrimary: boolean;
                                    name: string;
                                    /** @enum {string} */
                                    role: "therapist" | "gp" | "co_therapist" | "other";
                                }[];
                                onCall: {
                                    label: string;
                                };
                            };
                            /** Format: uuid */
                            clientId: string;
                            completeness: {
                                filledSteps: number;
                                missing: ("warningSigns" | "copingAlone" | "distractions" | "helpers" | "professionals" | "saferSurroundings" | "mattersMost" | "reasonsForLiving")[];
                                totalSteps: number;
                            };
                            /** Format: date-time */
                            lastReviewedAt: string | null;
                            plan: {
                                copingAlone: string[];
                                distractions: {
                                    people: {
                                        name: string;
                                        phone?: string;
                                    }[];
                                    places: string[];
                                };
                                helpers: {
                                    name: string;
                                    phone: string;
                                    relationship?: string;
                                }[];
                                mattersMost: string;
                                professionals: {
                                    link?: string;
                                    name: string;
                                    note?: string;
                                    phone?: string;
                                }[];
                                reasonsForLiving: string[];
                                saferSurroundings: string[];
                                warningSigns: string[];
                            };
                            /** Format: date-time */
                            updatedAt: string | null;
                            updatedBy: {
                                name: string;
                                /** @enum {string} */
                                role: "admin" | "clinician" | "client";
                            } | null;
                            version: number;
                        };
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                409: components["responses"]["Conflict"];
                413: components["responses"]["PayloadTooLarge"];
                414: components["responses"]["UriTooLong"];
                415: components["responses"]["UnsupportedMediaType"];
                500: components["responses"]["InternalError"];
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/clients/{clientId}/safety-plan/versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every version: who, when, which sections changed */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    clientId: string;
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
                            /** Format: uuid */
                            clientId: string;
                            versions: {
                                author: {
                                    name: string;
                                    /** @enum {string} */
                                    role: "admin" | "clinician" | "client";
                                };
                                changedSections: ("warningSigns" | "copingAlone" | "distractions" | "helpers" | "professionals" | "saferSurroundings" | "mattersMost" | "reasonsForLiving")[];
                                /** Format: date-time */
                                createdAt: string;
                                version: number;
                            }[];
                        };
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                414: components["responses"]["UriTooLong"];
                500: components["responses"]["InternalError"];
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
    "/api/v1/clients/{clientId}/safety-plan/versions/{version}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One earlier version in full */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    clientId: string;
                    version: number;
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
                            author: {
                                name: string;
                                /** @enum {string} */
                                role: "admin" | "clinician" | "client";
                            };
                            changedSections: ("warningSigns" | "copingAlone" | "distractions" | "helpers" | "professionals" | "saferSurroundings" | "mattersMost" | "reasonsForLiving")[];
                            /** Format: uuid */
                            clientId: string;
                            /** Format: date-time */
                            createdAt: string;
                            plan: {
                                copingAlone: string[];
                                distractions: {
                                    people: {
                                        name: string;
                                        phone?: string;
                                    }[];
                                    places: string[];
                                };
                                helpers: {
                                    name: string;
                                    phone: string;
                                    relationship?: string;
                                }[];
                                mattersMost: string;
                                professionals: {
                                    link?: string;
                                    name: string;
                                    note?: string;
                                    phone?: string;
                                }[];
                                reasonsForLiving: string[];
                                saferSurroundings: string[];
                                warningSigns: string[];
                            };
                            version: number;
                        };
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                414: components["responses"]["UriTooLong"];
                500: components["responses"]["InternalError"];
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
    "/api/v1/clients/{clientId}/stability": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Stable stretches for the care team: thresholds in force, the current stretch, recent ones */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    clientId: string;
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
                            can: {
                                configure: boolean;
                            };
                            /** Format: uuid */
                            clientId: string;
                            current: {
                                checkins: number;
                                days: number;
                                dips: number;
                                /** Format: date */
                                since: string;
                                /** Format: date */
                                through: string;
                            } | null;
                            recent: {
                                checkins: number;
                                days: number;
                                dips: number;
                                /** Format: date */
                                since: string;
                                /** Format: date */
                                through: string;
                            }[];
                            settings: {
                                dipDays: number | null;
                                maxUrgeSpread: number | null;
                                minDays: number | null;
                                moodFloor: number | null;
                            };
                            thresholds: {
                                dipDays: number;
                                maxUrgeSpread: number;
                                minDays: number;
                                moodFloor: number | null;
                                /** @enum {string} */
                                moodFloorFrom: "baseline" | "setting" | "none";
                            };
                        };
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                414: components["responses"]["UriTooLong"];
                500: components["responses"]["InternalError"];
            };
        };
        /** Set the client’s own stable-stretch thresholds (null keeps a default) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    clientId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        dipDays: number | null;
                        maxUrgeSpread: number | null;
                        minDays: number | null;
                        moodFloor: number | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            can: {
                                configure: boolean;
                            };
                            /** Format: uuid */
                            clientId: string;
                            current: {
                                checkins: number;
                                days: number;
                                dips: number;
                                /** Format: date */
                                since: string;
                                /** Format: date */
                                through: string;
                            } | null;
                            recent: {
                                checkins: number;
                                days: number;
                                dips: number;
                                /** Format: date */
                                since: string;
                                /** Format: date */
                                through: string;
                            }[];
                            settings: {
                                dipDays: number | null;
                                maxUrgeSpread: number | null;
                                minDays: number | null;
                                moodFloor: number | null;
                            };
                            thresholds: {
                                dipDays: number;
                                maxUrgeSpread: number;
                                minDays: number;
                                moodFloor: number | null;
                                /** @enum {string} */
                                moodFloorFrom: "baseline" | "setting" | "none";
                            };
                        };
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                409: components["responses"]["Conflict"];
                413: components["responses"]["PayloadTooLarge"];
                414: components["responses"]["UriTooLong"];
                415: components["responses"]["UnsupportedMediaType"];
                500: components["responses"]["InternalError"];
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/clients/{clientId}/step-down-plan": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The step-down plan as a timeline with its reason and promise */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    clientId: string;
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
                            plan: {
                                can: {
                                    agree: boolean;
                                    stepUp: boolean;
                                };
                                /** Format: date-time */
                                clientAgreedAt: string | null;
                                /** Format: uuid */
                                clientId: string;
                                /** Format: uuid */
                                id: string;
                                promise: string;
                                raised?: {
                                    detail: string;
                                    /** @enum {string} */
                                    kind: "soon_messages" | "checkins_below_baseline";
                                    /** Format: date-time */
                                    since: string;
                                }[];
                                reason: string;
                                reviewDates: string[];
                                /** @enum {string} */
                                status: "active" | "stepped_up";
                                /** Format: date-time */
                                steppedUpAt: string | null;
                                stepUpSignals: ("soon_messages" | "checkins_below_baseline")[];
                                timeline: {
                                    /** Format: date */
                                    from: string;
                                    intervalWeeks: number | null;
                                    /** @enum {string} */
                                    kind: "sessions" | "off" | "review";
                                    sessions: number;
                                    /** Format: date */
                                    to: string;
                                }[];
                            } | null;
                        };
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                414: components["responses"]["UriTooLong"];
                500: components["responses"]["InternalError"];
            };
        };
        put?: never;
        /** Agree a step-down plan: it writes the series and the agreement off-weeks */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    clientId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @default 50 */
                        durationMinutes?: number;
                        /** Format: date */
                        endsOn: string;
                        firstSession: string;
                        /** @enum {string} */
                        kind: "video" | "in_person" | "phone";
                        phases: ({
                            intervalWeeks: number;
                            /** @enum {string} */
                            kind: "sessions";
                            /** Format: date */
                            until: string | null;
                        } | {
                            /** @enum {string} */
                            kind: "off";
                            weeks: number;
                        })[];
                        reason: string;
                        /** @default [] */
                        reviewDates?: string[];
                        /**
                         * @default [
                         *       "soon_messages",
                         *       "checkins_below_baseline"
                         *     ]
                         */
                        stepUpSignals?: ("soon_messages" | "checkins_below_baseline")[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            plan: {
                                can: {
                                    agree: boolean;
                                    stepUp: boolean;
                                };
                                /** Format: date-time */
                                clientAgreedAt: string | null;
                                /** Format: uuid */
                                clientId: string;
                                /** Format: uuid */
                                id: string;
                                promise: string;
                                raised?: {
                                    detail: string;
                                    /** @enum {string} */
                                    kind: "soon_messages" | "checkins_below_baseline";
                                    /** Format: date-time */
                                    since: string;
                                }[];
                                reason: string;
                                reviewDates: string[];
                                /** @enum {string} */
                                status: "active" | "stepped_up";
                                /** Format: date-time */
                                steppedUpAt: string | null;
                                stepUpSignals: ("soon_messages" | "checkins_below_baseline")[];
                                timeline: {
                                    /** Format: date */
                                    from: string;
                                    intervalWeeks: number | null;
                                    /** @enum {string} */
                                    kind: "sessions" | "off" | "review";
                                    sessions: number;
                                    /** Format: date */
                                    to: string;
                                }[];
                            } | null;
                        };
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                409: components["responses"]["Conflict"];
                413: components["responses"]["PayloadTooLarge"];
                414: components["responses"]["UriTooLong"];
                415: components["responses"]["UnsupportedMediaType"];
                500: components["responses"]["InternalError"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/clients/{clientId}/step-down-plan/agree": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The client agrees to the plan shown to them; this signs its off-weeks into the agreement */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    clientId: string;
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
                            plan: {
                                can: {
                                    agree: boolean;
                                    stepUp: boolean;
                                };
                                /** Format: date-time */
                                clientAgreedAt: string | null;
                                /** Format: uuid */
                                clientId: string;
                                /** Format: uuid */
                                id: string;
                                promise: string;
                                raised?: {
                                    detail: string;
                                    /** @enum {string} */
                                    kind: "soon_messages" | "checkins_below_baseline";
                                    /** Format: date-time */
                                    since: string;
                                }[];
                                reason: string;
                                reviewDates: string[];
                                /** @enum {string} */
                                status: "active" | "stepped_up";
                                /** Format: date-time */
                                steppedUpAt: string | null;
                                stepUpSignals: ("soon_messages" | "checkins_below_baseline")[];
                                timeline: {
                                    /** Format: date */
                                    from: string;
                                    intervalWeeks: number | null;
                                    /** @enum {string} */
                                    kind: "sessions" | "off" | "review";
                                    sessions: number;
                                    /** Format: date */
                                    to: string;
                                }[];
                            } | null;
                        };
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                409: components["responses"]["Conflict"];
                413: components["responses"]["PayloadTooLarge"];
                414: components["responses"]["UriTooLong"];
                415: components["responses"]["UnsupportedMediaType"];
                500: components["responses"]["InternalError"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/clients/{clientId}/step-down-plan/step-up": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Step back up to more sessions: one click, the clinician decides */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    clientId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @default 1 */
                        intervalWeeks?: number;
                        /** @default  */
                        note?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            plan: {
                                can: {
                                    agree: boolean;
                                    stepUp: boolean;
                                };
                                /** Format: date-time */
                                clientAgreedAt: string | null;
                                /** Format: uuid */
                                clientId: string;
                                /** Format: uuid */
                                id: string;
                                promise: string;
                                raised?: {
                                    detail: string;
                                    /** @enum {string} */
                                    kind: "soon_messages" | "checkins_below_baseline";
                                    /** Format: date-time */
                                    since: string;
                                }[];
                                reason: string;
                                reviewDates: string[];
                                /** @enum {string} */
                                status: "active" | "stepped_up";
                                /** Format: date-time */
                                steppedUpAt: string | null;
                                stepUpSignals: ("soon_messages" | "checkins_below_baseline")[];
                                timeline: {
                                    /** Format: date */
                                    from: string;
                                    intervalWeeks: number | null;
                                    /** @enum {string} */
                                    kind: "sessions" | "off" | "review";
                                    sessions: number;
                                    /** Format: date */
                                    to: string;
                                }[];
                            } | null;
                        };
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                409: components["responses"]["Conflict"];
                413: components["responses"]["PayloadTooLarge"];
                414: components["responses"]["UriTooLong"];
                415: components["responses"]["UnsupportedMediaType"];
                500: components["responses"]["InternalError"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/clients/{clientId}/timeline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A client's history for their care team, newest first, paged by cursor */
        get: {
            parameters: {
                query?: {
                    before?: string;
                    kinds?: string;
                    limit?: number;
                };
                header?: never;
                path: {
                    clientId: string;
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
                            entries: {
                                /** Format: date-time */
                                at: string;
                                detail: string | null;
                                key: string;
                                /** @enum {string} */
                                kind: "message" | "checkin" | "measure" | "flag" | "flag_acknowledged" | "appointment" | "appointment_request" | "safety_plan" | "okay_plan" | "agreement" | "caring_contact" | "clinical_note" | "care_team" | "handover" | "discharge";
                                link: string | null;
                                title: string;
                            }[];
                            kinds: ("message" | "checkin" | "measure" | "flag" | "flag_acknowledged" | "appointment" | "appointment_request" | "safety_plan" | "okay_plan" | "agreement" | "caring_contact" | "clinical_note" | "care_team" | "handover" | "discharge")[];
                            nextCursor: string | null;
                        };
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                414: components["responses"]["UriTooLong"];
                500: components["responses"]["InternalError"];
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
    "/api/v1/clients/{clientId}/transitions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The client's handovers (the transfer summary for the treating clinicians and the admin only), discharge and re-entry requests */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    clientId: string;
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
                            can: {
                                manage: boolean;
                                requestReentry: boolean;
                            };
                            /** @enum {string} */
                            clientStatus: "active" | "discharged";
                            discharge: {
                                can: {
                                    cancel: boolean;
                                };
                                /** Format: date-time */
                                cancelledAt: string | null;
                                /** Format: uuid */
                                clientId: string;
                                /** Format: date-time */
                                dischargeAt: string;
                                /** Format: date */
                                dischargeOn: string;
                                goodbyeNote: string;
                                /** Format: uuid */
                                id: string;
                                lastAppointment: {
                                    /** Format: uuid */
                                    id: string;
                                    /** Format: date-time */
                                    start: string;
                                } | null;
                                plannedBy: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                };
                                /** @enum {string} */
                                status: "planned" | "discharged" | "cancelled";
                                staysAvailable: string[];
                            } | null;
                            handovers: {
                                can: {
                                    cancel: boolean;
                                    finish: boolean;
                                    introduce: boolean;
                                };
                                /** Format: date-time */
                                cancelledAt: string | null;
                                /** Format: uuid */
                                clientId: string;
                                clientName: string;
                                /** Format: date-time */
                                createdAt: string;
                                from: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                };
                                /** Format: uuid */
                                id: string;
                                /** Format: date-time */
                                introducedAt: string | null;
                                introduction: string | null;
                                movedCaringContacts: number;
                                /** Format: date-time */
                                overlapEndsAt: string;
                                /** Format: date */
                                overlapEndsOn: string;
                                /** Format: date-time */
                                overlapStartsAt: string;
                                /** Format: date */
                                overlapStartsOn: string;
                                /** @enum {string} */
                                status: "planned" | "overlap" | "completed" | "cancelled";
                                summary: string | null;
                                to: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                };
                            }[];
                            reentryRequests: {
                                /** Format: uuid */
                                clientId: string;
                                clientName: string;
                                /** Format: date-time */
                                createdAt: string;
                                /** Format: uuid */
                                id: string;
                                message: string;
                            }[];
                        };
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                414: components["responses"]["UriTooLong"];
                500: components["responses"]["InternalError"];
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
    "/api/v1/crisis-lines": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The practice's crisis lines */
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
                            country: string;
                            lines: {
                                /** @enum {string} */
                                channel: "call" | "text" | "web" | "email" | "emergency";
                                contact: string;
                                description: string;
                                hours: string;
                                href: string;
                                /** Format: uuid */
                                id: string;
                                /** Format: date */
                                lastVerified: string;
                                name: string;
                                position: number;
                            }[];
                            notMonitoredNotice: string;
                        };
                    };
                };
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                500: components["responses"]["InternalError"];
            };
        };
        /** Replace the practice's crisis lines */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        lines: {
                            /** @enum {string} */
                            channel: "call" | "text" | "web" | "email" | "emergency";
                            contact: string;
                            description: string;
                            hours: string;
                            href: string;
                            /** Format: date */
                            lastVerified: string;
                            name: string;
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            country: string;
                            lines: {
                                /** @enum {string} */
                                channel: "call" | "text" | "web" | "email" | "emergency";
                                contact: string;
                                description: string;
                                hours: string;
                                href: string;
                                /** Format: uuid */
                                id: string;
                                /** Format: date */
                                lastVerified: string;
                                name: string;
                                position: number;
                            }[];
                            notMonitoredNotice: string;
                        };
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                413: components["responses"]["PayloadTooLarge"];
                415: components["responses"]["UnsupportedMediaType"];
                500: components["responses"]["InternalError"];
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/erasure-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The practice's erasure requests, open ones first (admin) */
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
                            requests: {
                                /** Format: uuid */
                                clientId: string;
                                clientName: string;
                                /** Format: date-time */
                                erasedAt: string | null;
                                /** Format: uuid */
                                id: string;
                                /** Format: date-time */
                                requestedAt: string;
                                /** @enum {string} */
                                status: "requested" | "erased";
                            }[];
                        };
                    };
                };
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                500: components["responses"]["InternalError"];
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
    "/api/v1/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Server-Sent Events: what changed in the conversations, flags and notifications the caller may see (ids only) */
        get: {
            parameters: {
                query?: {
                    after?: number;
                };
                header?: {
                    /** @description Resume after this event id (sent by EventSource when it reconnects) */
                    "last-event-id"?: string;
                };
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Server-Sent Events: `id:` (a sequence number to resume after), `event:` and `data:` (JSON with ids) per event */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "text/event-stream": string;
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                500: components["responses"]["InternalError"];
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
    "/api/v1/flags/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A flag with its ladder's history and acknowledgement */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
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
                            flag: {
                                /** Format: date-time */
                                acknowledgedAt?: string;
                                acknowledgedBy?: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                };
                                canAcknowledge: boolean;
                                /** Format: uuid */
                                clientId: string;
                                clientName: string;
                                /** Format: date-time */
                                createdAt: string;
                                /** Format: date-time */
                                dueBy: string;
                                escalationStep: number | null;
                                excerpt?: {
                                    clippedEnd: boolean;
                                    clippedStart: boolean;
                                    highlights: {
                                        construct: string;
                                        end: number;
                                        start: number;
                                    }[];
                                    text: string;
                                };
                                /** Format: uuid */
                                flagId?: string;
                                /** @enum {string} */
                                level: "none" | "concern" | "high" | "imminent";
                                /** Format: uuid */
                                messageId?: string;
                                /** Format: date-time */
                                nextEscalationAt: string | null;
                                reasons: {
                                    construct: string;
                                    phrase?: string;
                                    span?: (number)[];
                                }[];
                                /** @enum {string} */
                                sourceType: "message" | "checkin" | "measure" | "peer_post";
                            };
                            history: ({
                                /** Format: date-time */
                                at: string;
                                /** @enum {string} */
                                kind: "raised";
                            } | {
                                /** Format: date-time */
                                at: string;
                                /** @enum {string} */
                                kind: "step";
                                notified: {
                                    channels: string[];
                                    person: {
                                        /** Format: uuid */
                                        id: string;
                                        name: string;
                                    };
                                    /** @enum {string} */
                                    reason: "on_call" | "primary" | "backup" | "lead" | "admin";
                                }[];
                                step: number;
                            } | {
                                /** Format: date-time */
                                at: string;
                                by: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                };
                                /** @enum {string} */
                                kind: "acknowledged";
                                note: string;
                                /** @enum {string|null} */
                                outcome: "contacted" | "tried_to_contact" | "handed_over" | "reviewed" | null;
                            })[];
                        };
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                414: components["responses"]["UriTooLong"];
                500: components["responses"]["InternalError"];
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
    "/api/v1/flags/{id}/acknowledge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A human acknowledgement with a note: ends the flag and its escalation; 409 with who and when if already acknowledged */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        note: string;
                        /** @enum {string} */
                        outcome?: "contacted" | "tried_to_contact" | "handed_over" | "reviewed";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            flag: {
                                /** Format: date-time */
                                acknowledgedAt?: string;
                                acknowledgedBy?: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                };
                                canAcknowledge: boolean;
                                /** Format: uuid */
                                clientId: string;
                                clientName: string;
                                /** Format: date-time */
                                createdAt: string;
                                /** Format: date-time */
                                dueBy: string;
                                escalationStep: number | null;
                                excerpt?: {
                                    clippedEnd: boolean;
                                    clippedStart: boolean;
                                    highlights: {
                                        construct: string;
                                        end: number;
                                        start: number;
                                    }[];
                                    text: string;
                                };
                                /** Format: uuid */
                                flagId?: string;
                                /** @enum {string} */
                                level: "none" | "concern" | "high" | "imminent";
                                /** Format: uuid */
                                messageId?: string;
                                /** Format: date-time */
                                nextEscalationAt: string | null;
                                reasons: {
                                    construct: string;
                                    phrase?: string;
                                    span?: (number)[];
                                }[];
                                /** @enum {string} */
                                sourceType: "message" | "checkin" | "measure" | "peer_post";
                            };
                            history: ({
                                /** Format: date-time */
                                at: string;
                                /** @enum {string} */
                                kind: "raised";
                            } | {
                                /** Format: date-time */
                                at: string;
                                /** @enum {string} */
                                kind: "step";
                                notified: {
                                    channels: string[];
                                    person: {
                                        /** Format: uuid */
                                        id: string;
                                        name: string;
                                    };
                                    /** @enum {string} */
                                    reason: "on_call" | "primary" | "backup" | "lead" | "admin";
                                }[];
                                step: number;
                            } | {
                                /** Format: date-time */
                                at: string;
                                by: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                };
                                /** @enum {string} */
                                kind: "acknowledged";
                                note: string;
                                /** @enum {string|null} */
                                outcome: "contacted" | "tried_to_contact" | "handed_over" | "reviewed" | null;
                            })[];
                        };
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                409: components["responses"]["Conflict"];
                413: components["responses"]["PayloadTooLarge"];
                414: components["responses"]["UriTooLong"];
                415: components["responses"]["UnsupportedMediaType"];
                500: components["responses"]["InternalError"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/handovers/{handoverId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A handover made to the caller, with its transfer summary (anyone else: 404) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    handoverId: string;
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
                            handover: {
                                can: {
                                    cancel: boolean;
                                    finish: boolean;
                                    introduce: boolean;
                                };
                                /** Format: date-time */
                                cancelledAt: string | null;
                                /** Format: uuid */
                                clientId: string;
                                clientName: string;
                                /** Format: date-time */
                                createdAt: string;
                                from: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                };
                                /** Format: uuid */
                                id: string;
                                /** Format: date-time */
                                introducedAt: string | null;
                                introduction: string | null;
                                movedCaringContacts: number;
                                /** Format: date-time */
                                overlapEndsAt: string;
                                /** Format: date */
                                overlapEndsOn: string;
                                /** Format: date-time */
                                overlapStartsAt: string;
                                /** Format: date */
                                overlapStartsOn: string;
                                /** @enum {string} */
                                status: "planned" | "overlap" | "completed" | "cancelled";
                                summary: string | null;
                                to: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                };
                            };
                        };
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                414: components["responses"]["UriTooLong"];
                500: components["responses"]["InternalError"];
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
    "/api/v1/handovers/{handoverId}/introduction": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** The new clinician introduces themselves; the client sees it on their home */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    handoverId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        introduction: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            handover: {
                                can: {
                                    cancel: boolean;
                                    finish: boolean;
                                    introduce: boolean;
                                };
                                /** Format: date-time */
                                cancelledAt: string | null;
                                /** Format: uuid */
                                clientId: string;
                                clientName: string;
                                /** Format: date-time */
                                createdAt: string;
                                from: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                };
                                /** Format: uuid */
                                id: string;
                                /** Format: date-time */
                                introducedAt: string | null;
                                introduction: string | null;
                                movedCaringContacts: number;
                                /** Format: date-time */
                                overlapEndsAt: string;
                                /** Format: date */
                                overlapEndsOn: string;
                                /** Format: date-time */
                                overlapStartsAt: string;
                                /** Format: date */
                                overlapStartsOn: string;
                                /** @enum {string} */
                                status: "planned" | "overlap" | "completed" | "cancelled";
                                summary: string | null;
                                to: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                };
                            };
                        };
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                409: components["responses"]["Conflict"];
                413: components["responses"]["PayloadTooLarge"];
                414: components["responses"]["UriTooLong"];
                415: components["responses"]["UnsupportedMediaType"];
                500: components["responses"]["InternalError"];
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Liveness: ok when the database answers */
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
                            /** @enum {string} */
                            status: "ok";
                        };
                    };
                };
                500: components["responses"]["InternalError"];
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
    "/api/v1/invitations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Invitations I (or, for admins, the practice) sent */
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
                            invitations: {
                                /** Format: date-time */
                                acceptedAt: string | null;
                                /** Format: date-time */
                                createdAt: string;
                                email: string;
                                /** Format: date-time */
                                expiresAt: string;
                                /** Format: uuid */
                                id: string;
                                invitedByName: string;
                                /** @enum {string} */
                                kind: "clinician" | "client";
                                name: string;
                                /** Format: date-time */
                                revokedAt: string | null;
                                /** @enum {string} */
                                status: "pending" | "accepted" | "expired" | "revoked";
                            }[];
                        };
                    };
                };
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                500: components["responses"]["InternalError"];
            };
        };
        put?: never;
        /** Invite a clinician (admin) or a client (clinician) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: email */
                        email: string;
                        /** @enum {string} */
                        kind: "clinician" | "client";
                        name: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: date-time */
                            acceptedAt: string | null;
                            /** Format: date-time */
                            createdAt: string;
                            email: string;
                            /** Format: date-time */
                            expiresAt: string;
                            /** Format: uuid */
                            id: string;
                            invitedByName: string;
                            /** @enum {string} */
                            kind: "clinician" | "client";
                            name: string;
                            /** Format: date-time */
                            revokedAt: string | null;
                            /** @enum {string} */
                            status: "pending" | "accepted" | "expired" | "revoked";
                        };
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                409: components["responses"]["Conflict"];
                413: components["responses"]["PayloadTooLarge"];
                415: components["responses"]["UnsupportedMediaType"];
                500: components["responses"]["InternalError"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/invitations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Withdraw an invitation */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
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
                            /** @enum {boolean} */
                            ok: true;
                        };
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                413: components["responses"]["PayloadTooLarge"];
                414: components["responses"]["UriTooLong"];
                415: components["responses"]["UnsupportedMediaType"];
                500: components["responses"]["InternalError"];
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/invitations/by-token/{token}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What an invitation link is for */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    token: string;
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
                            email: string;
                            /** @enum {string} */
                            kind: "clinician" | "client";
                            name: string;
                            practiceName: string;
                        };
                    };
                };
                400: components["responses"]["BadRequest"];
                404: components["responses"]["NotFound"];
                414: components["responses"]["UriTooLong"];
                429: components["responses"]["TooManyRequests"];
                500: components["responses"]["InternalError"];
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
    "/api/v1/invitations/by-token/{token}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Accept an invitation and choose a password */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    token: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        password: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            user: {
                                /** Format: uuid */
                                clientId?: string;
                                /** Format: uuid */
                                id: string;
                                name: string;
                                /** @enum {string} */
                                role: "admin" | "clinician" | "client";
                            };
                        };
                    };
                };
                400: components["responses"]["BadRequest"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                409: components["responses"]["Conflict"];
                413: components["responses"]["PayloadTooLarge"];
                414: components["responses"]["UriTooLong"];
                415: components["responses"]["UnsupportedMediaType"];
                429: components["responses"]["TooManyRequests"];
                500: components["responses"]["InternalError"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The signed-in person */
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
                            can: {
                                inviteClients: boolean;
                                inviteClinicians: boolean;
                                managePractice: boolean;
                                viewCaseload: boolean;
                            };
                            practice: {
                                country: string;
                                /** Format: uuid */
                                id: string;
                                name: string;
                                timeZone: string;
                            };
                            user: {
                                /** Format: uuid */
                                clientId?: string;
                                email: string;
                                /** Format: uuid */
                                id: string;
                                mustEnrolTotp: boolean;
                                name: string;
                                /** @enum {string} */
                                role: "admin" | "clinician" | "client";
                                totpEnabled: boolean;
                            };
                        };
                    };
                };
                401: components["responses"]["Unauthenticated"];
                500: components["responses"]["InternalError"];
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
    "/api/v1/me/absences": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The caller’s absences, now and ahead */
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
                            absences: {
                                /** Format: uuid */
                                clinicianId: string;
                                clinicianName: string;
                                /** Format: uuid */
                                coverClinicianId: string;
                                coverName: string;
                                /** Format: date-time */
                                endsAt: string;
                                /** Format: uuid */
                                id: string;
                                note: string;
                                /** Format: date-time */
                                startsAt: string;
                            }[];
                        };
                    };
                };
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                500: components["responses"]["InternalError"];
            };
        };
        put?: never;
        /** Set an absence with a named cover; the caller’s clients are told at once */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        coverClinicianId: string;
                        /** Format: date-time */
                        endsAt: string;
                        /** @default  */
                        note?: string;
                        /** Format: date-time */
                        startsAt: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            clientsTold: number;
                            /** Format: uuid */
                            clinicianId: string;
                            clinicianName: string;
                            /** Format: uuid */
                            coverClinicianId: string;
                            coverName: string;
                            /** Format: date-time */
                            endsAt: string;
                            /** Format: uuid */
                            id: string;
                            note: string;
                            shortNotice: boolean;
                            /** Format: date-time */
                            startsAt: string;
                        };
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                409: components["responses"]["Conflict"];
                413: components["responses"]["PayloadTooLarge"];
                415: components["responses"]["UnsupportedMediaType"];
                500: components["responses"]["InternalError"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/absences/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Cancel one of the caller’s absences */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
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
                            /** @enum {boolean} */
                            ok: true;
                        };
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                413: components["responses"]["PayloadTooLarge"];
                414: components["responses"]["UriTooLong"];
                415: components["responses"]["UnsupportedMediaType"];
                500: components["responses"]["InternalError"];
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/calendar-feed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The caller’s secret calendar feed (its address is shown only when made) */
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
                            active: boolean;
                            /** Format: date-time */
                            createdAt: string | null;
                            refreshNote: string;
                            url: string | null;
                        };
                    };
                };
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                500: components["responses"]["InternalError"];
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
    "/api/v1/me/calendar-feed/rotate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A new secret address; the old one answers 404 */
        post: {
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
                            active: boolean;
                            /** Format: date-time */
                            createdAt: string | null;
                            refreshNote: string;
                            url: string | null;
                        };
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                413: components["responses"]["PayloadTooLarge"];
                415: components["responses"]["UnsupportedMediaType"];
                500: components["responses"]["InternalError"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/notification-preferences": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** How I want to be told */
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
                            email: boolean;
                            push: boolean;
                            sms: boolean;
                            smsNumber: string | null;
                        };
                    };
                };
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                500: components["responses"]["InternalError"];
            };
        };
        /** Change how I want to be told */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        email: boolean;
                        push: boolean;
                        sms: boolean;
                        smsNumber: string | null;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            email: boolean;
                            push: boolean;
                            sms: boolean;
                            smsNumber: string | null;
                        };
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                413: components["responses"]["PayloadTooLarge"];
                415: components["responses"]["UnsupportedMediaType"];
                500: components["responses"]["InternalError"];
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Change my password (signs out my other devices) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        currentPassword: string;
                        newPassword: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            signedOutElsewhere: number;
                        };
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                413: components["responses"]["PayloadTooLarge"];
                415: components["responses"]["UnsupportedMediaType"];
                429: components["responses"]["TooManyRequests"];
                500: components["responses"]["InternalError"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My open sessions */
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
                            sessions: {
                                /** Format: date-time */
                                createdAt: string;
                                current: boolean;
                                /** Format: date-time */
                                expiresAt: string;
                                id: string;
                                /** Format: date-time */
                                lastSeenAt: string;
                                userAgent: string | null;
                            }[];
                        };
                    };
                };
                401: components["responses"]["Unauthenticated"];
                500: components["responses"]["InternalError"];
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
    "/api/v1/me/sessions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Revoke one of my sessions */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
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
                            /** @enum {boolean} */
                            ok: true;
                        };
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                413: components["responses"]["PayloadTooLarge"];
                414: components["responses"]["UriTooLong"];
                415: components["responses"]["UnsupportedMediaType"];
                500: components["responses"]["InternalError"];
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/totp": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Begin two-factor set-up */
        post: {
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
                            otpauthUrl: string;
                            secret: string;
                        };
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                409: components["responses"]["Conflict"];
                413: components["responses"]["PayloadTooLarge"];
                415: components["responses"]["UnsupportedMediaType"];
                500: components["responses"]["InternalError"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/me/totp/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Confirm two-factor set-up with a code */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        code: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            recoveryCodes: string[];
                        };
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                409: components["responses"]["Conflict"];
                413: components["responses"]["PayloadTooLarge"];
                415: components["responses"]["UnsupportedMediaType"];
                429: components["responses"]["TooManyRequests"];
                500: components["responses"]["InternalError"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/message-templates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The practice's reply templates */
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
                            templates: {
                                body: string;
                                /** Format: uuid */
                                id: string;
                                title: string;
                            }[];
                        };
                    };
                };
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                500: components["responses"]["InternalError"];
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
    "/api/v1/messages/{id}/no-reply-needed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Close a client's message without a reply, optionally with a kind word back */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        note?: string;
                    } | null;
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            message: {
                                author: {
                                    /** Format: uuid */
                                    id: string;
                                    isMe: boolean;
                                    /** @enum {string} */
                                    kind: "client" | "clinician";
                                    name: string;
                                };
                                awaitingReply?: boolean;
                                body: string;
                                /** Format: uuid */
                                clientId: string;
                                /** Format: date-time */
                                createdAt: string;
                                /** Format: date-time */
                                deliveredAt: string | null;
                                /** Format: date-time */
                                expectedReplyBy: string | null;
                                expectedReplyWords: string | null;
                                /** Format: uuid */
                                id: string;
                                /** @enum {string|null} */
                                intent: "share" | "before_session" | "soon" | "crisis" | null;
                                noReplyNeeded?: {
                                    /** Format: date-time */
                                    at: string;
                                    byName: string;
                                } | null;
                                risk?: {
                                    /** @enum {string} */
                                    level: "none" | "concern" | "high" | "imminent";
                                    reasons: {
                                        construct: string;
                                        phrase: string;
                                        span: (number)[];
                                    }[];
                                };
                                seenBy: {
                                    /** Format: date-time */
                                    at: string;
                                    name: string;
                                }[];
                            };
                        };
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                409: components["responses"]["Conflict"];
                413: components["responses"]["PayloadTooLarge"];
                414: components["responses"]["UriTooLong"];
                415: components["responses"]["UnsupportedMediaType"];
                500: components["responses"]["InternalError"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/messages/{id}/seen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Record that the caller has seen a message */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
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
                            message: {
                                author: {
                                    /** Format: uuid */
                                    id: string;
                                    isMe: boolean;
                                    /** @enum {string} */
                                    kind: "client" | "clinician";
                                    name: string;
                                };
                                awaitingReply?: boolean;
                                body: string;
                                /** Format: uuid */
                                clientId: string;
                                /** Format: date-time */
                                createdAt: string;
                                /** Format: date-time */
                                deliveredAt: string | null;
                                /** Format: date-time */
                                expectedReplyBy: string | null;
                                expectedReplyWords: string | null;
                                /** Format: uuid */
                                id: string;
                                /** @enum {string|null} */
                                intent: "share" | "before_session" | "soon" | "crisis" | null;
                                noReplyNeeded?: {
                                    /** Format: date-time */
                                    at: string;
                                    byName: string;
                                } | null;
                                risk?: {
                                    /** @enum {string} */
                                    level: "none" | "concern" | "high" | "imminent";
                                    reasons: {
                                        construct: string;
                                        phrase: string;
                                        span: (number)[];
                                    }[];
                                };
                                seenBy: {
                                    /** Format: date-time */
                                    at: string;
                                    name: string;
                                }[];
                            };
                        };
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                409: components["responses"]["Conflict"];
                413: components["responses"]["PayloadTooLarge"];
                414: components["responses"]["UriTooLong"];
                415: components["responses"]["UnsupportedMediaType"];
                500: components["responses"]["InternalError"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My notifications, newest first */
        get: {
            parameters: {
                query?: {
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
                            notifications: {
                                /** Format: uuid */
                                clientId: string | null;
                                /** Format: date-time */
                                createdAt: string;
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                kind: "message" | "reply_window_nearing" | "reply_window_passed" | "flag_raised" | "flag_escalated" | "agreement_proposed" | "agreement_in_force" | "sessions_stepped_up" | "cover_arranged" | "appointment_request" | "appointment_update" | "checkin_reminder" | "checkin_missed" | "measure_due" | "reassurance_note" | "reassurance_note_requested" | "care_team_changed" | "care_transition" | "reentry_requested" | "erasure_requested";
                                /** Format: date-time */
                                readAt: string | null;
                                subjectId: string | null;
                                title: string;
                                urgent: boolean;
                            }[];
                            unread: number;
                        };
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                500: components["responses"]["InternalError"];
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
    "/api/v1/notifications/{id}/read": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark one of my notifications read */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
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
                            /** @enum {boolean} */
                            ok: true;
                        };
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                413: components["responses"]["PayloadTooLarge"];
                414: components["responses"]["UriTooLong"];
                415: components["responses"]["UnsupportedMediaType"];
                500: components["responses"]["InternalError"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notifications/read-all": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark all my notifications read */
        post: {
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
                            /** @enum {boolean} */
                            ok: true;
                        };
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                413: components["responses"]["PayloadTooLarge"];
                415: components["responses"]["UnsupportedMediaType"];
                500: components["responses"]["InternalError"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/on-call/now": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who is on call now, and the escalation windows */
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
                            policy: {
                                highMinutes: number;
                                imminentMinutes: number;
                            };
                            shift: {
                                backup: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                } | null;
                                can: {
                                    delete: boolean;
                                    edit: boolean;
                                };
                                clinician: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                };
                                /** Format: date-time */
                                endsAt: string;
                                handoverNote: string;
                                /** Format: uuid */
                                id: string;
                                /** Format: date-time */
                                startsAt: string;
                                /** @enum {string} */
                                status: "past" | "live" | "upcoming";
                            } | null;
                        };
                    };
                };
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                500: components["responses"]["InternalError"];
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
    "/api/v1/on-call/shifts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The rota: shifts that touch [from, to) */
        get: {
            parameters: {
                query?: {
                    from?: string;
                    to?: string;
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
                            canManage: boolean;
                            clinicians: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            }[];
                            policy: {
                                highMinutes: number;
                                imminentMinutes: number;
                            };
                            shifts: {
                                backup: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                } | null;
                                can: {
                                    delete: boolean;
                                    edit: boolean;
                                };
                                clinician: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                };
                                /** Format: date-time */
                                endsAt: string;
                                handoverNote: string;
                                /** Format: uuid */
                                id: string;
                                /** Format: date-time */
                                startsAt: string;
                                /** @enum {string} */
                                status: "past" | "live" | "upcoming";
                            }[];
                        };
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                500: components["responses"]["InternalError"];
            };
        };
        put?: never;
        /** Add a shift; 409 when it overlaps another */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @default null
                         */
                        backupClinicianId?: string | null;
                        /** Format: uuid */
                        clinicianId: string;
                        /** Format: date-time */
                        endsAt: string;
                        /** @default  */
                        handoverNote?: string;
                        /** Format: date-time */
                        startsAt: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            backup: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            } | null;
                            can: {
                                delete: boolean;
                                edit: boolean;
                            };
                            clinician: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            /** Format: date-time */
                            endsAt: string;
                            handoverNote: string;
                            /** Format: uuid */
                            id: string;
                            /** Format: date-time */
                            startsAt: string;
                            /** @enum {string} */
                            status: "past" | "live" | "upcoming";
                        };
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                409: components["responses"]["Conflict"];
                413: components["responses"]["PayloadTooLarge"];
                415: components["responses"]["UnsupportedMediaType"];
                500: components["responses"]["InternalError"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/on-call/shifts/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Change a shift; an ended shift is kept as it was (409) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * Format: uuid
                         * @default null
                         */
                        backupClinicianId?: string | null;
                        /** Format: uuid */
                        clinicianId: string;
                        /** Format: date-time */
                        endsAt: string;
                        /** @default  */
                        handoverNote?: string;
                        /** Format: date-time */
                        startsAt: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            backup: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            } | null;
                            can: {
                                delete: boolean;
                                edit: boolean;
                            };
                            clinician: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            /** Format: date-time */
                            endsAt: string;
                            handoverNote: string;
                            /** Format: uuid */
                            id: string;
                            /** Format: date-time */
                            startsAt: string;
                            /** @enum {string} */
                            status: "past" | "live" | "upcoming";
                        };
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                409: components["responses"]["Conflict"];
                413: components["responses"]["PayloadTooLarge"];
                414: components["responses"]["UriTooLong"];
                415: components["responses"]["UnsupportedMediaType"];
                500: components["responses"]["InternalError"];
            };
        };
        post?: never;
        /** Delete a shift that has not started */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
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
                            /** @enum {boolean} */
                            ok: true;
                        };
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                409: components["responses"]["Conflict"];
                413: components["responses"]["PayloadTooLarge"];
                414: components["responses"]["UriTooLong"];
                415: components["responses"]["UnsupportedMediaType"];
                500: components["responses"]["InternalError"];
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/on-call/shifts/{id}/end": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** End a shift under way now */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
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
                            backup: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            } | null;
                            can: {
                                delete: boolean;
                                edit: boolean;
                            };
                            clinician: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                            };
                            /** Format: date-time */
                            endsAt: string;
                            handoverNote: string;
                            /** Format: uuid */
                            id: string;
                            /** Format: date-time */
                            startsAt: string;
                            /** @enum {string} */
                            status: "past" | "live" | "upcoming";
                        };
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                409: components["responses"]["Conflict"];
                413: components["responses"]["PayloadTooLarge"];
                414: components["responses"]["UriTooLong"];
                415: components["responses"]["UnsupportedMediaType"];
                500: components["responses"]["InternalError"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/password-reset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Ask for a link to choose a new password (the same answer whether or not the address has an account) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: email */
                        email: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            message: string;
                            /** @enum {boolean} */
                            ok: true;
                        };
                    };
                };
                400: components["responses"]["BadRequest"];
                403: components["responses"]["Forbidden"];
                413: components["responses"]["PayloadTooLarge"];
                415: components["responses"]["UnsupportedMediaType"];
                429: components["responses"]["TooManyRequests"];
                500: components["responses"]["InternalError"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/password-reset/complete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Choose a new password with a mailed link (signs out every device; two-factor stays on) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        password: string;
                        token: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            email: string;
                        };
                    };
                };
                400: components["responses"]["BadRequest"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                413: components["responses"]["PayloadTooLarge"];
                415: components["responses"]["UnsupportedMediaType"];
                429: components["responses"]["TooManyRequests"];
                500: components["responses"]["InternalError"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/peer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The peer space as the caller stands in it: open or not, their membership, the house rules, what they can do */
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
                            can: {
                                configure: boolean;
                                join: boolean;
                                moderate: boolean;
                                post: boolean;
                            };
                            enabled: boolean;
                            houseRules: string[];
                            membership: {
                                /** Format: uuid */
                                id: string;
                                /** Format: date-time */
                                joinedAt: string;
                                pseudonym: string;
                                shareWithCareTeam: boolean;
                                suspended: boolean;
                            } | null;
                            moderator: boolean;
                        };
                    };
                };
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                500: components["responses"]["InternalError"];
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
    "/api/v1/peer/items/{id}/moderation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Release, hide or restore a post or reply, with a reason (409 when it was already dealt with) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        action: "release" | "hide" | "restore";
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            status: "published" | "held" | "hidden";
                        };
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                409: components["responses"]["Conflict"];
                413: components["responses"]["PayloadTooLarge"];
                414: components["responses"]["UriTooLong"];
                415: components["responses"]["UnsupportedMediaType"];
                500: components["responses"]["InternalError"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/peer/items/{id}/report": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Report a post or reply to the moderators */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            ok: true;
                        };
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                413: components["responses"]["PayloadTooLarge"];
                414: components["responses"]["UriTooLong"];
                415: components["responses"]["UnsupportedMediaType"];
                500: components["responses"]["InternalError"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/peer/items/{id}/send-to-care-team": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send your own post or reply to your care team as a message (held words as "soon", a post as "share"); once */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": Record<string, never>;
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            intent: "share" | "soon";
                            /** Format: uuid */
                            messageId: string;
                        };
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                409: components["responses"]["Conflict"];
                413: components["responses"]["PayloadTooLarge"];
                414: components["responses"]["UriTooLong"];
                415: components["responses"]["UnsupportedMediaType"];
                500: components["responses"]["InternalError"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/peer/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Whether your care team may see that you take part (never what you write) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        shareWithCareTeam: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** Format: date-time */
                            joinedAt: string;
                            pseudonym: string;
                            shareWithCareTeam: boolean;
                            suspended: boolean;
                        };
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                413: components["responses"]["PayloadTooLarge"];
                415: components["responses"]["UnsupportedMediaType"];
                500: components["responses"]["InternalError"];
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/peer/members": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Join under a pseudonym that is not your name, agreeing to the house rules (409 when the pseudonym is taken) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        agreeToHouseRules: true;
                        pseudonym: string;
                        /** @default false */
                        shareWithCareTeam?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** Format: date-time */
                            joinedAt: string;
                            pseudonym: string;
                            shareWithCareTeam: boolean;
                            suspended: boolean;
                        };
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                409: components["responses"]["Conflict"];
                413: components["responses"]["PayloadTooLarge"];
                415: components["responses"]["UnsupportedMediaType"];
                500: components["responses"]["InternalError"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/peer/members/{memberId}/standing": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Suspend a member (they may read, not write) or reinstate them, with a reason */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    memberId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason: string;
                        suspended: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            id: string;
                            /** Format: date-time */
                            joinedAt: string;
                            pseudonym: string;
                            shareWithCareTeam: boolean;
                            suspended: boolean;
                        };
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                413: components["responses"]["PayloadTooLarge"];
                414: components["responses"]["UriTooLong"];
                415: components["responses"]["UnsupportedMediaType"];
                500: components["responses"]["InternalError"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/peer/moderation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The moderators' queue: held, reported and hidden items */
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
                            held: {
                                author: {
                                    /** Format: uuid */
                                    memberId: string;
                                    pseudonym: string;
                                    suspended: boolean;
                                };
                                body: string;
                                /** Format: date-time */
                                createdAt: string;
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                kind: "post" | "reply";
                                /** Format: uuid */
                                postId: string;
                                postTitle: string;
                                reports: {
                                    /** Format: date-time */
                                    at: string;
                                    reason: string;
                                }[];
                                screenReasons: string[];
                                sentToCareTeam: boolean;
                                /** @enum {string} */
                                status: "published" | "held" | "hidden";
                                title: string | null;
                            }[];
                            hidden: {
                                author: {
                                    /** Format: uuid */
                                    memberId: string;
                                    pseudonym: string;
                                    suspended: boolean;
                                };
                                body: string;
                                /** Format: date-time */
                                createdAt: string;
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                kind: "post" | "reply";
                                /** Format: uuid */
                                postId: string;
                                postTitle: string;
                                reports: {
                                    /** Format: date-time */
                                    at: string;
                                    reason: string;
                                }[];
                                screenReasons: string[];
                                sentToCareTeam: boolean;
                                /** @enum {string} */
                                status: "published" | "held" | "hidden";
                                title: string | null;
                            }[];
                            reported: {
                                author: {
                                    /** Format: uuid */
                                    memberId: string;
                                    pseudonym: string;
                                    suspended: boolean;
                                };
                                body: string;
                                /** Format: date-time */
                                createdAt: string;
                                /** Format: uuid */
                                id: string;
                                /** @enum {string} */
                                kind: "post" | "reply";
                                /** Format: uuid */
                                postId: string;
                                postTitle: string;
                                reports: {
                                    /** Format: date-time */
                                    at: string;
                                    reason: string;
                                }[];
                                screenReasons: string[];
                                sentToCareTeam: boolean;
                                /** @enum {string} */
                                status: "published" | "held" | "hidden";
                                title: string | null;
                            }[];
                        };
                    };
                };
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                500: components["responses"]["InternalError"];
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
    "/api/v1/peer/posts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Posts newest or most related-to first, a page at a time (nextCursor); q searches published posts */
        get: {
            parameters: {
                query?: {
                    cursor?: string;
                    limit?: number;
                    order?: "newest" | "related";
                    q?: string;
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
                            nextCursor: string | null;
                            posts: {
                                author: {
                                    isYou: boolean;
                                    pseudonym: string;
                                };
                                body: string;
                                can: {
                                    moderate: boolean;
                                    react: boolean;
                                    reply: boolean;
                                    report: boolean;
                                    sendToCareTeam: boolean;
                                };
                                /** Format: date-time */
                                createdAt: string;
                                /** Format: uuid */
                                id: string;
                                reactions: {
                                    by: string[];
                                    count: number;
                                    /** @enum {string} */
                                    kind: "relate" | "care";
                                    mine: boolean;
                                }[];
                                /** @enum {string} */
                                status: "published" | "held" | "hidden";
                                thoughts: number;
                                title: string;
                            }[];
                        };
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                500: components["responses"]["InternalError"];
            };
        };
        put?: never;
        /** Write a post; screened first: published (201) or held for a moderator (202 {status:"held"}); 429 with Retry-After when posting too fast */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        body: string;
                        title: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            post: {
                                author: {
                                    isYou: boolean;
                                    pseudonym: string;
                                };
                                body: string;
                                can: {
                                    moderate: boolean;
                                    react: boolean;
                                    reply: boolean;
                                    report: boolean;
                                    sendToCareTeam: boolean;
                                };
                                /** Format: date-time */
                                createdAt: string;
                                /** Format: uuid */
                                id: string;
                                reactions: {
                                    by: string[];
                                    count: number;
                                    /** @enum {string} */
                                    kind: "relate" | "care";
                                    mine: boolean;
                                }[];
                                /** @enum {string} */
                                status: "published" | "held" | "hidden";
                                thoughts: number;
                                title: string;
                            };
                            /** @enum {string} */
                            status: "published";
                        };
                    };
                };
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            itemId: string;
                            /** @enum {boolean} */
                            showCrisisRoutes: true;
                            /** @enum {string} */
                            status: "held";
                        };
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                413: components["responses"]["PayloadTooLarge"];
                415: components["responses"]["UnsupportedMediaType"];
                429: components["responses"]["TooManyRequests"];
                500: components["responses"]["InternalError"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/peer/posts/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A post with its replies in thread order (each reply followed by the replies to it) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
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
                            post: {
                                author: {
                                    isYou: boolean;
                                    pseudonym: string;
                                };
                                body: string;
                                can: {
                                    moderate: boolean;
                                    react: boolean;
                                    reply: boolean;
                                    report: boolean;
                                    sendToCareTeam: boolean;
                                };
                                /** Format: date-time */
                                createdAt: string;
                                /** Format: uuid */
                                id: string;
                                reactions: {
                                    by: string[];
                                    count: number;
                                    /** @enum {string} */
                                    kind: "relate" | "care";
                                    mine: boolean;
                                }[];
                                /** @enum {string} */
                                status: "published" | "held" | "hidden";
                                thoughts: number;
                                title: string;
                            };
                            replies: {
                                author: {
                                    isYou: boolean;
                                    pseudonym: string;
                                };
                                body: string;
                                can: {
                                    moderate: boolean;
                                    react: boolean;
                                    reply: boolean;
                                    report: boolean;
                                    sendToCareTeam: boolean;
                                };
                                /** Format: date-time */
                                createdAt: string;
                                depth: number;
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                parentId: string | null;
                                /** Format: uuid */
                                postId: string;
                                reactions: {
                                    by: string[];
                                    count: number;
                                    /** @enum {string} */
                                    kind: "relate" | "care";
                                    mine: boolean;
                                }[];
                                /** @enum {string} */
                                status: "published" | "held" | "hidden";
                            }[];
                        };
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                414: components["responses"]["UriTooLong"];
                500: components["responses"]["InternalError"];
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
    "/api/v1/peer/posts/{id}/reactions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** React to a post or (replyId) a reply: one per member and kind (201 when new, 200 when already there) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        kind: "relate" | "care";
                        /** Format: uuid */
                        replyId?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            reactions: {
                                by: string[];
                                count: number;
                                /** @enum {string} */
                                kind: "relate" | "care";
                                mine: boolean;
                            }[];
                        };
                    };
                };
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            reactions: {
                                by: string[];
                                count: number;
                                /** @enum {string} */
                                kind: "relate" | "care";
                                mine: boolean;
                            }[];
                        };
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                413: components["responses"]["PayloadTooLarge"];
                414: components["responses"]["UriTooLong"];
                415: components["responses"]["UnsupportedMediaType"];
                500: components["responses"]["InternalError"];
            };
        };
        /** Take your reaction back (the same body as adding it) */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        kind: "relate" | "care";
                        /** Format: uuid */
                        replyId?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            reactions: {
                                by: string[];
                                count: number;
                                /** @enum {string} */
                                kind: "relate" | "care";
                                mine: boolean;
                            }[];
                        };
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                413: components["responses"]["PayloadTooLarge"];
                414: components["responses"]["UriTooLong"];
                415: components["responses"]["UnsupportedMediaType"];
                500: components["responses"]["InternalError"];
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/peer/posts/{id}/replies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reply to a post or (parentId) to a reply; screened like a post: 201, or 202 {status:"held"}; 429 when replying too fast */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        body: string;
                        /** Format: uuid */
                        parentId?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            reply: {
                                author: {
                                    isYou: boolean;
                                    pseudonym: string;
                                };
                                body: string;
                                can: {
                                    moderate: boolean;
                                    react: boolean;
                                    reply: boolean;
                                    report: boolean;
                                    sendToCareTeam: boolean;
                                };
                                /** Format: date-time */
                                createdAt: string;
                                depth: number;
                                /** Format: uuid */
                                id: string;
                                /** Format: uuid */
                                parentId: string | null;
                                /** Format: uuid */
                                postId: string;
                                reactions: {
                                    by: string[];
                                    count: number;
                                    /** @enum {string} */
                                    kind: "relate" | "care";
                                    mine: boolean;
                                }[];
                                /** @enum {string} */
                                status: "published" | "held" | "hidden";
                            };
                            /** @enum {string} */
                            status: "published";
                        };
                    };
                };
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: uuid */
                            itemId: string;
                            /** @enum {boolean} */
                            showCrisisRoutes: true;
                            /** @enum {string} */
                            status: "held";
                        };
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                413: components["responses"]["PayloadTooLarge"];
                414: components["responses"]["UriTooLong"];
                415: components["responses"]["UnsupportedMediaType"];
                429: components["responses"]["TooManyRequests"];
                500: components["responses"]["InternalError"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/peer/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Whether the peer space is open, and its moderators */
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
                            enabled: boolean;
                            moderatorIds: string[];
                            staff: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                                /** @enum {string} */
                                role: "admin" | "clinician";
                            }[];
                            version: string;
                        };
                    };
                };
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                500: components["responses"]["InternalError"];
            };
        };
        /** Open or close the peer space and name its moderators (at least one while open); 409 when someone changed them since `version` */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        enabled: boolean;
                        moderatorIds: string[];
                        version: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            enabled: boolean;
                            moderatorIds: string[];
                            staff: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                                /** @enum {string} */
                                role: "admin" | "clinician";
                            }[];
                            version: string;
                        };
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                409: components["responses"]["Conflict"];
                413: components["responses"]["PayloadTooLarge"];
                415: components["responses"]["UnsupportedMediaType"];
                500: components["responses"]["InternalError"];
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/practice/care-balance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The practice’s care-contact balance, week by week and per client */
        get: {
            parameters: {
                query?: {
                    weeks?: number;
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
                            clients: {
                                /** Format: uuid */
                                clientId: string;
                                name: string;
                                total: {
                                    caringNotes: number;
                                    clientDistress: number;
                                    clientRoutine: number;
                                    clinicianAfterDistress: number;
                                    clinicianRoutine: number;
                                    notDistressShare: number | null;
                                };
                            }[];
                            total: {
                                caringNotes: number;
                                clientDistress: number;
                                clientRoutine: number;
                                clinicianAfterDistress: number;
                                clinicianRoutine: number;
                                notDistressShare: number | null;
                            };
                            weeks: {
                                caringNotes: number;
                                clientDistress: number;
                                clientRoutine: number;
                                clinicianAfterDistress: number;
                                clinicianRoutine: number;
                                notDistressShare: number | null;
                                /** Format: date */
                                weekStart: string;
                            }[];
                        };
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                500: components["responses"]["InternalError"];
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
    "/api/v1/practice/clients": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The practice's clients by name with their primary clinician, for the admin to open a care team (no clinical content) */
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
                            clients: {
                                /** Format: uuid */
                                id: string;
                                name: string;
                                primaryClinician: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                } | null;
                                /** @enum {string} */
                                status: "active" | "discharged";
                            }[];
                        };
                    };
                };
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                500: components["responses"]["InternalError"];
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
    "/api/v1/practice/escalation-windows": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The practice's escalation windows per risk level */
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
                            defaults: {
                                highMinutes: number;
                                imminentMinutes: number;
                            };
                            runningLadders: number;
                            windows: {
                                highMinutes: number;
                                imminentMinutes: number;
                            };
                        };
                    };
                };
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                500: components["responses"]["InternalError"];
            };
        };
        /** Change the escalation windows for flags raised from now on; running ladders keep theirs */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        highMinutes: number;
                        imminentMinutes: number;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            defaults: {
                                highMinutes: number;
                                imminentMinutes: number;
                            };
                            runningLadders: number;
                            windows: {
                                highMinutes: number;
                                imminentMinutes: number;
                            };
                        };
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                413: components["responses"]["PayloadTooLarge"];
                415: components["responses"]["UnsupportedMediaType"];
                500: components["responses"]["InternalError"];
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/practice/mail": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Outgoing mail (the outbox) */
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
                            /** @enum {string} */
                            delivery: "smtp" | "outbox-only";
                            mail: {
                                /** Format: date-time */
                                createdAt: string;
                                /** Format: uuid */
                                id: string;
                                /** Format: date-time */
                                sentAt: string | null;
                                /** @enum {string} */
                                status: "queued" | "sent" | "kept" | "failed";
                                subject: string;
                                text: string;
                                to: string;
                            }[];
                        };
                    };
                };
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                500: components["responses"]["InternalError"];
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
    "/api/v1/practice/people": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Everyone in the practice */
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
                            people: {
                                /** Format: date-time */
                                createdAt: string;
                                email: string;
                                /** Format: uuid */
                                id: string;
                                /** Format: date-time */
                                lockedUntil: string | null;
                                name: string;
                                /** @enum {string} */
                                role: "admin" | "clinician" | "client";
                                totpEnabled: boolean;
                            }[];
                        };
                    };
                };
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                500: components["responses"]["InternalError"];
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
    "/api/v1/practice/people/{id}/reset-two-factor": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Turn a person's two-factor sign-in off so they set it up again */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
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
                            /** @enum {boolean} */
                            ok: true;
                        };
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                409: components["responses"]["Conflict"];
                413: components["responses"]["PayloadTooLarge"];
                414: components["responses"]["UriTooLong"];
                415: components["responses"]["UnsupportedMediaType"];
                500: components["responses"]["InternalError"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/practice/people/{id}/sign-out-everywhere": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Revoke all of a person's sessions */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
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
                            revoked: number;
                        };
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                413: components["responses"]["PayloadTooLarge"];
                414: components["responses"]["UriTooLong"];
                415: components["responses"]["UnsupportedMediaType"];
                500: components["responses"]["InternalError"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/practice/people/{id}/unlock": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Lift a sign-in lock */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
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
                            /** @enum {boolean} */
                            ok: true;
                        };
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                404: components["responses"]["NotFound"];
                413: components["responses"]["PayloadTooLarge"];
                414: components["responses"]["UriTooLong"];
                415: components["responses"]["UnsupportedMediaType"];
                500: components["responses"]["InternalError"];
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/push/public-key": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The server's VAPID public key, for PushManager.subscribe */
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
                            publicKey: string;
                        };
                    };
                };
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                500: components["responses"]["InternalError"];
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
    "/api/v1/push/subscriptions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Register this browser for push notices */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uri */
                        endpoint: string;
                        expirationTime?: number | null;
                        keys: {
                            auth: string;
                            p256dh: string;
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            ok: true;
                        };
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                413: components["responses"]["PayloadTooLarge"];
                415: components["responses"]["UnsupportedMediaType"];
                500: components["responses"]["InternalError"];
            };
        };
        /** Stop push notices to this browser */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        endpoint: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            ok: true;
                        };
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                413: components["responses"]["PayloadTooLarge"];
                415: components["responses"]["UnsupportedMediaType"];
                500: components["responses"]["InternalError"];
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reentry-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Re-entry requests: the practice's for the admin, the caller's own clients' for a clinician */
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
                            requests: {
                                /** Format: uuid */
                                clientId: string;
                                clientName: string;
                                /** Format: date-time */
                                createdAt: string;
                                /** Format: uuid */
                                id: string;
                                message: string;
                            }[];
                        };
                    };
                };
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                500: components["responses"]["InternalError"];
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
    "/api/v1/session": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign in */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: email */
                        email: string;
                        password: string;
                        totp?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            user: {
                                /** Format: uuid */
                                clientId?: string;
                                /** Format: uuid */
                                id: string;
                                name: string;
                                /** @enum {string} */
                                role: "admin" | "clinician" | "client";
                            };
                        };
                    };
                };
                400: components["responses"]["BadRequest"];
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                413: components["responses"]["PayloadTooLarge"];
                415: components["responses"]["UnsupportedMediaType"];
                429: components["responses"]["TooManyRequests"];
                500: components["responses"]["InternalError"];
            };
        };
        /** Sign out */
        delete: {
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
                            /** @enum {boolean} */
                            ok: true;
                        };
                    };
                };
                400: components["responses"]["BadRequest"];
                403: components["responses"]["Forbidden"];
                413: components["responses"]["PayloadTooLarge"];
                415: components["responses"]["UnsupportedMediaType"];
                500: components["responses"]["InternalError"];
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/triage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The caller's triage queue: unacknowledged risk first, then by time left */
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
                            items: {
                                /** Format: date-time */
                                acknowledgedAt?: string;
                                acknowledgedBy?: {
                                    /** Format: uuid */
                                    id: string;
                                    name: string;
                                };
                                canAcknowledge: boolean;
                                /** Format: uuid */
                                clientId: string;
                                clientName: string;
                                /** Format: date-time */
                                createdAt: string;
                                /** Format: date-time */
                                dueBy: string;
                                escalationStep: number | null;
                                excerpt?: {
                                    clippedEnd: boolean;
                                    clippedStart: boolean;
                                    highlights: {
                                        construct: string;
                                        end: number;
                                        start: number;
                                    }[];
                                    text: string;
                                };
                                /** Format: uuid */
                                flagId?: string;
                                /** @enum {string} */
                                level: "none" | "concern" | "high" | "imminent";
                                /** Format: uuid */
                                messageId?: string;
                                /** Format: date-time */
                                nextEscalationAt: string | null;
                                reasons: {
                                    construct: string;
                                    phrase?: string;
                                    span?: (number)[];
                                }[];
                                /** @enum {string} */
                                sourceType: "message" | "checkin" | "measure" | "peer_post";
                            }[];
                            onCallNow: boolean;
                            policy: {
                                highMinutes: number;
                                imminentMinutes: number;
                            };
                        };
                    };
                };
                401: components["responses"]["Unauthenticated"];
                403: components["responses"]["Forbidden"];
                500: components["responses"]["InternalError"];
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
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** @description The one error shape (SPEC §4). */
        Error: {
            error: {
                /** @enum {string} */
                code: "unauthenticated" | "forbidden" | "not_found" | "validation_failed" | "conflict" | "client_erased" | "payload_too_large" | "rate_limited" | "internal";
                details?: unknown;
                message: string;
                requestId?: string;
            };
        };
    };
    responses: {
        /** @description The request is not valid: the body, query, headers or address failed validation (code validation_failed). */
        BadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The request conflicts with the current state (a stale version, a reused Idempotency-Key with another body, an already-answered request) (code conflict), or writes about a client whose record was erased: what was kept stays as it was (code client_erased). */
        Conflict: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Signed in but not allowed: the permission is missing, two-factor sign-in is not set up yet, or a cross-site write was refused (code forbidden). */
        Forbidden: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Something failed on the server; nothing was saved (code internal). */
        InternalError: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The thing named in the address does not exist or is not visible to the caller (code not_found). */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The request body is larger than 64 KiB (code payload_too_large). */
        PayloadTooLarge: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description Too many attempts; wait the seconds that Retry-After says (code rate_limited). */
        TooManyRequests: {
            headers: {
                /** @description Seconds to wait before trying again. */
                "Retry-After": number;
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description No live session: sign in and send the session cookie (code unauthenticated). */
        Unauthenticated: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description The body is not JSON: send Content-Type: application/json (code validation_failed). */
        UnsupportedMediaType: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
        /** @description A part of the address is too long (code validation_failed). */
        UriTooLong: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["Error"];
            };
        };
    };
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
