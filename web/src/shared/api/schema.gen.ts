// Generated from openapi/kindveilig.json by `npm run openapi`. Do not edit.

export interface paths {
    "/api/v1/account/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Eigen wachtwoord wijzigen; beëindigt andere sessies */
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
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/account/totp": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Tweestapsverificatie instellen: een nieuw geheim (nog niet actief) */
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
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            otpauthUri: string;
                            secret: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/account/totp/activation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Tweestapsverificatie activeren met een eerste code; geeft eenmalig herstelcodes */
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
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            recoveryCodes: string[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audit-entries/_zoek": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Auditregels over één persoon (op id of BSN) of van één gebruiker */
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
                        bsn?: string;
                        /** @default 200 */
                        limit?: number;
                        /** Format: uuid */
                        personId?: string;
                        /** Format: uuid */
                        userId?: string;
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
                            items: {
                                action: string;
                                at: string;
                                ip: string | null;
                                organisation: string | null;
                                organisationId: string | null;
                                outcome: string;
                                personId: string | null;
                                recordId: string | null;
                                recordType: string;
                                role: string | null;
                                sealed: boolean;
                                seq: number;
                                userAgent: string | null;
                                userId: string | null;
                                username: string | null;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audit-verifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** De hashketen van het auditlog verzegelen en controleren */
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
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            anchoredUpTo: number | null;
                            anchors: number;
                            checked: number;
                            firstBadPosition?: number;
                            ok: boolean;
                            reason?: string;
                            unsealed: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/bereik-protocol": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Het bereikprotocol van de eigen organisatie */
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
                            isDefault: boolean;
                            steps: {
                                /** @enum {string} */
                                action: "contactpoging" | "huisbezoek" | "escalatie";
                                dueDays: number;
                                title: string;
                            }[];
                        };
                    };
                };
            };
        };
        /** Het bereikprotocol van de organisatie instellen (aandachtsfunctionaris) */
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
                        steps: {
                            /** @enum {string} */
                            action: "contactpoging" | "huisbezoek" | "escalatie";
                            dueDays: number;
                            title: string;
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
                            isDefault: boolean;
                            steps: {
                                /** @enum {string} */
                                action: "contactpoging" | "huisbezoek" | "escalatie";
                                dueDays: number;
                                title: string;
                            }[];
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/berichten": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Mijn berichten (inbox) */
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
                                body: string;
                                createdAt: string;
                                id: string;
                                link: string | null;
                                read: boolean;
                                subject: string;
                            }[];
                            unread: number;
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
    "/api/v1/berichten/{id}": {
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
        /** Bericht als gelezen markeren */
        patch: {
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
                        /** @enum {boolean} */
                        read: true;
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
                            body: string;
                            createdAt: string;
                            id: string;
                            link: string | null;
                            read: boolean;
                            subject: string;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/brp-imports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** BRP-achtig uittreksel importeren (CSV of JSON); een fout bestand wordt in zijn geheel geweigerd */
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
                        content: string;
                        /** @enum {string} */
                        format: "csv" | "json";
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
                            personsCreated: number;
                            personsUpdated: number;
                            relationsAdded: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dossiers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Mijn dossiers (de aandachtsfunctionaris ziet alle dossiers van de organisatie) */
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
                                child: {
                                    dateOfBirth: string;
                                    id: string;
                                    name: string;
                                };
                                createdAt: string;
                                id: string;
                                lastActivity: string;
                                mine: boolean;
                                /** @enum {string} */
                                status: "open" | "gesloten";
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Zorgdossier openen voor een kind bij de eigen organisatie, met de reden van betrokkenheid */
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
                        bsn: string;
                        relationship?: {
                            /** @description Toelichting; verplicht bij "anders" */
                            explanation?: string;
                            /**
                             * @description Reden van betrokkenheid: waarom u dit kind kent, niet wat de zorg is
                             * @enum {string}
                             */
                            reason: "client_in_zorg" | "leerling" | "kind_van_client" | "gezinslid_van_client" | "consult" | "melding_of_advies" | "anders";
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
                            child: {
                                bsn: string;
                                dateOfBirth: string;
                                fullName: string;
                                id: string;
                            } & {
                                [key: string]: unknown;
                            };
                            createdAt: string;
                            family: {
                                parents: {
                                    dateOfBirth: string;
                                    id: string;
                                    name: string;
                                    relation: string;
                                }[];
                                siblings: {
                                    dateOfBirth: string;
                                    id: string;
                                    name: string;
                                    relation: string;
                                }[];
                            };
                            id: string;
                            members: {
                                name: string;
                                /** @enum {string} */
                                role: "betrokken" | "aandachtsfunctionaris";
                                userId: string;
                            }[];
                            organisation: string;
                            /** @enum {string} */
                            status: "open" | "gesloten";
                            timeline: {
                                at: string;
                                author: string;
                                body: string | null;
                                id: string;
                                kind: string;
                                recordId: string | null;
                                recordType: string | null;
                                summary: string;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dossiers/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Eén dossier met gezin, betrokkenen en tijdlijn */
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
                            child: {
                                bsn: string;
                                dateOfBirth: string;
                                fullName: string;
                                id: string;
                            } & {
                                [key: string]: unknown;
                            };
                            createdAt: string;
                            family: {
                                parents: {
                                    dateOfBirth: string;
                                    id: string;
                                    name: string;
                                    relation: string;
                                }[];
                                siblings: {
                                    dateOfBirth: string;
                                    id: string;
                                    name: string;
                                    relation: string;
                                }[];
                            };
                            id: string;
                            members: {
                                name: string;
                                /** @enum {string} */
                                role: "betrokken" | "aandachtsfunctionaris";
                                userId: string;
                            }[];
                            organisation: string;
                            /** @enum {string} */
                            status: "open" | "gesloten";
                            timeline: {
                                at: string;
                                author: string;
                                body: string | null;
                                id: string;
                                kind: string;
                                recordId: string | null;
                                recordType: string | null;
                                summary: string;
                            }[];
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
    "/api/v1/dossiers/{id}/bereik-uitkomsten": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Uitkomst van een contactpoging of huisbezoek; contact, een verklaring of andere hulp sluit de reeks af */
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
                        onDate: string;
                        /** @enum {string} */
                        outcome: "contact" | "verklaring" | "andere_hulp" | "onbereikbaar";
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
                            escalation: {
                                options: ("zorg_delen" | "meldcode_starten")[];
                            } | null;
                            /** @description Mislukte pogingen in deze episode */
                            failures: number;
                            step: {
                                /** @enum {string} */
                                action: "contactpoging" | "huisbezoek" | "escalatie";
                                dueDays: number;
                                title: string;
                            } | null;
                            task: {
                                dueDate: string;
                                id: string;
                                title: string;
                            } | null;
                            taskId: string | null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dossiers/{id}/betrokkenen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Een collega van de eigen organisatie toevoegen; zonder userId voegt de aandachtsfunctionaris zichzelf toe */
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
                        /** Format: uuid */
                        userId?: string;
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
                            child: {
                                bsn: string;
                                dateOfBirth: string;
                                fullName: string;
                                id: string;
                            } & {
                                [key: string]: unknown;
                            };
                            createdAt: string;
                            family: {
                                parents: {
                                    dateOfBirth: string;
                                    id: string;
                                    name: string;
                                    relation: string;
                                }[];
                                siblings: {
                                    dateOfBirth: string;
                                    id: string;
                                    name: string;
                                    relation: string;
                                }[];
                            };
                            id: string;
                            members: {
                                name: string;
                                /** @enum {string} */
                                role: "betrokken" | "aandachtsfunctionaris";
                                userId: string;
                            }[];
                            organisation: string;
                            /** @enum {string} */
                            status: "open" | "gesloten";
                            timeline: {
                                at: string;
                                author: string;
                                body: string | null;
                                id: string;
                                kind: string;
                                recordId: string | null;
                                recordType: string | null;
                                summary: string;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dossiers/{id}/collegas": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Collega’s van de eigen organisatie die nog niet bij het dossier betrokken zijn (om toe te voegen) */
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
                            items: {
                                name: string;
                                /** @enum {string} */
                                role: "professional" | "aandachtsfunctionaris";
                                userId: string;
                            }[];
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
    "/api/v1/dossiers/{id}/gesprekken": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Gesprek met de ouders of het kind vastleggen, stap voor stap; afspraken worden taken */
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
                        /** @default [] */
                        agreements?: {
                            /** Format: uuid */
                            assigneeId?: string;
                            description: string;
                            dueDate: string;
                        }[];
                        heldOn: string;
                        participants: string;
                        steps: {
                            afronding: string;
                            doel: string;
                            oorzaken: string;
                            reactie: string;
                            verwachtingen: string;
                            zorgen: string;
                            zorgenUitgesproken: string;
                        };
                        /** @enum {string} */
                        with: "ouders";
                    } | {
                        /** @default [] */
                        agreements?: {
                            /** Format: uuid */
                            assigneeId?: string;
                            description: string;
                            dueDate: string;
                        }[];
                        heldOn: string;
                        participants: string;
                        steps: {
                            afronding: string;
                            doel: string;
                            oplossingen: string;
                            opvang: string;
                            thuissituatie: string;
                            verantwoordelijkheid: string;
                            weetWaarom: string;
                        };
                        /** @enum {string} */
                        with: "kind";
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
                            id: string;
                            taskIds: string[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dossiers/{id}/meldcode-trajecten": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** De meldcodetrajecten van een dossier, met status en ontvangst van een melding */
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
                            items: {
                                closedAt: string | null;
                                id: string;
                                receivedByVeiligThuisAt: string | null;
                                startedAt: string;
                                /** @enum {string} */
                                status: "open" | "gepauzeerd" | "hulp" | "gemeld" | "afgesloten";
                            }[];
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
    "/api/v1/dossiers/{id}/niet-verschenen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Een afspraak waarop het gezin niet verscheen zonder bericht; het protocol maakt de volgende taak */
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
                        onDate: string;
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
                            escalation: {
                                options: ("zorg_delen" | "meldcode_starten")[];
                            } | null;
                            /** @description Mislukte pogingen in deze episode */
                            failures: number;
                            step: {
                                /** @enum {string} */
                                action: "contactpoging" | "huisbezoek" | "escalatie";
                                dueDays: number;
                                title: string;
                            } | null;
                            task: {
                                dueDate: string;
                                id: string;
                                title: string;
                            } | null;
                            taskId: string | null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dossiers/{id}/notities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Notitie in de tijdlijn */
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
                        text: string;
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
                            child: {
                                bsn: string;
                                dateOfBirth: string;
                                fullName: string;
                                id: string;
                            } & {
                                [key: string]: unknown;
                            };
                            createdAt: string;
                            family: {
                                parents: {
                                    dateOfBirth: string;
                                    id: string;
                                    name: string;
                                    relation: string;
                                }[];
                                siblings: {
                                    dateOfBirth: string;
                                    id: string;
                                    name: string;
                                    relation: string;
                                }[];
                            };
                            id: string;
                            members: {
                                name: string;
                                /** @enum {string} */
                                role: "betrokken" | "aandachtsfunctionaris";
                                userId: string;
                            }[];
                            organisation: string;
                            /** @enum {string} */
                            status: "open" | "gesloten";
                            timeline: {
                                at: string;
                                author: string;
                                body: string | null;
                                id: string;
                                kind: string;
                                recordId: string | null;
                                recordType: string | null;
                                summary: string;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dossiers/{id}/overdrachten": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Warme overdracht naar de basisschool: met toestemming van de ouders, die de inhoud hebben gezien */
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
                        /** @description Datum waarop de ouders toestemming gaven */
                        consentDate?: string;
                        content: {
                            ondersteuningsbehoeften: string;
                            ontwikkeling: string;
                            watWerkt?: string;
                        };
                        /** @description Datum waarop de ouders de inhoud zagen */
                        parentsSeenOn?: string;
                        /** Format: uuid */
                        toOrganisationId: string;
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
                            acknowledgedAt: string | null;
                            acknowledgedBy: string | null;
                            child: {
                                dateOfBirth: string;
                                id: string;
                                name: string;
                            };
                            consentDate: string;
                            content: {
                                ondersteuningsbehoeften: string;
                                ontwikkeling: string;
                                watWerkt?: string;
                            };
                            createdAt: string;
                            fromOrganisation: string;
                            fromProfessional: string;
                            id: string;
                            parentsSeenOn: string;
                            toOrganisation: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dossiers/{id}/pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Het dossier als PDF */
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
                    content?: never;
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
    "/api/v1/dossiers/{id}/screenings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Stap 0-screening vastleggen: alle factoren, het eigen oordeel en de vervolgstap */
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
                        answers: {
                            /** @enum {string} */
                            answer: "aanwezig" | "niet_aanwezig" | "onbekend";
                            factorId: string;
                            note?: string;
                            /** @description Bron van de kennis: eigen waarneming, ouder, kind, collega, … */
                            source?: string;
                        }[];
                        /** @enum {string} */
                        judgement: "geen_zorg" | "zorg" | "ernstige_zorg" | "vermoeden_kindermishandeling";
                        judgementNote?: string;
                        /** @enum {string} */
                        nextAction: "geen_actie" | "bespreken_met_ouders" | "zorg_delen" | "hulp_aanbieden" | "meldcode_starten";
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
                            answers: {
                                /** @enum {string} */
                                answer: "aanwezig" | "niet_aanwezig" | "onbekend";
                                factorId: string;
                                note?: string;
                                /** @description Bron van de kennis: eigen waarneming, ouder, kind, collega, … */
                                source?: string;
                            }[];
                            author: string;
                            balance: {
                                draagkracht: {
                                    factors: {
                                        id: string;
                                        label: string;
                                        note: string | null;
                                        source: string | null;
                                    }[];
                                    group: string;
                                    groupId: string;
                                }[];
                                draaglast: {
                                    factors: {
                                        id: string;
                                        label: string;
                                        note: string | null;
                                        source: string | null;
                                    }[];
                                    group: string;
                                    groupId: string;
                                }[];
                                unknown: number;
                            };
                            createdAt: string;
                            dossierId: string;
                            id: string;
                            /** @enum {string} */
                            judgement: "geen_zorg" | "zorg" | "ernstige_zorg" | "vermoeden_kindermishandeling";
                            judgementNote: string | null;
                            /** @enum {string} */
                            nextAction: "geen_actie" | "bespreken_met_ouders" | "zorg_delen" | "hulp_aanbieden" | "meldcode_starten";
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dossiers/{id}/screenings/{screeningId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Eén screening met draaglast en draagkracht naast elkaar */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    screeningId: string;
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
                            answers: {
                                /** @enum {string} */
                                answer: "aanwezig" | "niet_aanwezig" | "onbekend";
                                factorId: string;
                                note?: string;
                                /** @description Bron van de kennis: eigen waarneming, ouder, kind, collega, … */
                                source?: string;
                            }[];
                            author: string;
                            balance: {
                                draagkracht: {
                                    factors: {
                                        id: string;
                                        label: string;
                                        note: string | null;
                                        source: string | null;
                                    }[];
                                    group: string;
                                    groupId: string;
                                }[];
                                draaglast: {
                                    factors: {
                                        id: string;
                                        label: string;
                                        note: string | null;
                                        source: string | null;
                                    }[];
                                    group: string;
                                    groupId: string;
                                }[];
                                unknown: number;
                            };
                            createdAt: string;
                            dossierId: string;
                            id: string;
                            /** @enum {string} */
                            judgement: "geen_zorg" | "zorg" | "ernstige_zorg" | "vermoeden_kindermishandeling";
                            judgementNote: string | null;
                            /** @enum {string} */
                            nextAction: "geen_actie" | "bespreken_met_ouders" | "zorg_delen" | "hulp_aanbieden" | "meldcode_starten";
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
    "/api/v1/dossiers/{id}/taken": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Taak toevoegen aan een dossier (voor uzelf of een betrokken collega) */
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
                        /** Format: uuid */
                        assigneeId?: string;
                        dueDate: string;
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
                            assignee: string;
                            child: string;
                            doneAt: string | null;
                            doneNote: string | null;
                            dossierId: string;
                            dueDate: string;
                            id: string;
                            overdue: boolean;
                            /** @enum {string} */
                            source: "afspraak" | "vervolgdatum" | "bereik" | "handmatig";
                            /** @enum {string} */
                            status: "open" | "gedaan" | "vervallen";
                            title: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dossiers/{id}/verwijsindex-signaal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** In één stap een Verwijsindex-signaal afgeven op het kind van dit dossier (alleen dát u betrokken bent) */
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
                        informedOn: string;
                        /** @description Zonder: de reden van betrokkenheid van het dossier */
                        relationship?: {
                            /** @description Toelichting; verplicht bij "anders" */
                            explanation?: string;
                            /**
                             * @description Reden van betrokkenheid: waarom u dit kind kent, niet wat de zorg is
                             * @enum {string}
                             */
                            reason: "client_in_zorg" | "leerling" | "kind_van_client" | "gezinslid_van_client" | "consult" | "melding_of_advies" | "anders";
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
                            matches: number;
                            signalId: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/dossiers/{id}/zorg-delingen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Een zorg delen met een professional of organisatie in de keten; de grondslag wordt elke keer vastgelegd */
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
                        conflictAnswers?: {
                            belang: string;
                            beperking: string;
                            doel: string;
                            geenToestemming: string;
                            zonderDoorbreken: string;
                        };
                        consent?: {
                            /** @enum {string} */
                            by: "ouders" | "jeugdige" | "ouders_en_jeugdige";
                            date: string;
                        };
                        /** @enum {string} */
                        legalBasis?: "toestemming" | "conflict_van_plichten" | "meldrecht";
                        /** @description Wat de afzender kiest te delen */
                        message: string;
                        /** Format: uuid */
                        toOrganisationId: string;
                        /** Format: uuid */
                        toUserId?: string;
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
                            acknowledgedAt: string | null;
                            acknowledgedBy: string | null;
                            child: {
                                dateOfBirth: string;
                                id: string;
                                name: string;
                            };
                            consent: {
                                by: string;
                                date: string;
                            } | null;
                            createdAt: string;
                            dossierId: string | null;
                            feedback: string | null;
                            from: {
                                email: string | null;
                                name: string;
                                organisation: string;
                                phone: string | null;
                            };
                            id: string;
                            legalBasis: string;
                            message: string;
                            sentByMe: boolean;
                            toOrganisation: string;
                            toUser: string | null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/gebruikers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Gebruikers (functioneel beheerder) */
        get: {
            parameters: {
                query?: {
                    organisatie?: string;
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
                            items: {
                                active: boolean;
                                displayName: string;
                                email: string | null;
                                id: string;
                                locked: boolean;
                                organisationId: string;
                                phone: string | null;
                                /** @enum {string} */
                                role: "professional" | "aandachtsfunctionaris" | "veilig_thuis_medewerker" | "teamleider" | "regiocoordinator" | "functioneel_beheerder";
                                totpEnabled: boolean;
                                username: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Gebruiker aanmaken */
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
                        displayName: string;
                        /** Format: email */
                        email?: string | null;
                        /** Format: uuid */
                        organisationId: string;
                        password: string;
                        phone?: string | null;
                        /** @enum {string} */
                        role: "professional" | "aandachtsfunctionaris" | "veilig_thuis_medewerker" | "teamleider" | "regiocoordinator" | "functioneel_beheerder";
                        username: string;
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
                            active: boolean;
                            displayName: string;
                            email: string | null;
                            id: string;
                            locked: boolean;
                            organisationId: string;
                            phone: string | null;
                            /** @enum {string} */
                            role: "professional" | "aandachtsfunctionaris" | "veilig_thuis_medewerker" | "teamleider" | "regiocoordinator" | "functioneel_beheerder";
                            totpEnabled: boolean;
                            username: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/gebruikers/{id}": {
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
        /** Gebruiker wijzigen, blokkeren, deblokkeren of wachtwoord resetten */
        patch: {
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
                        active?: boolean;
                        displayName?: string;
                        /** Format: email */
                        email?: string | null;
                        password?: string;
                        phone?: string | null;
                        /** @enum {boolean} */
                        resetTotp?: true;
                        /** @enum {string} */
                        role?: "professional" | "aandachtsfunctionaris" | "veilig_thuis_medewerker" | "teamleider" | "regiocoordinator" | "functioneel_beheerder";
                        /** @enum {boolean} */
                        unlock?: true;
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
                            active: boolean;
                            displayName: string;
                            email: string | null;
                            id: string;
                            locked: boolean;
                            organisationId: string;
                            phone: string | null;
                            /** @enum {string} */
                            role: "professional" | "aandachtsfunctionaris" | "veilig_thuis_medewerker" | "teamleider" | "regiocoordinator" | "functioneel_beheerder";
                            totpEnabled: boolean;
                            username: string;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/gemeenten": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Gemeenten */
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
                                code: string;
                                name: string;
                                regionId: number;
                                verwijsindexEnabled: boolean;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Gemeente toevoegen */
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
                        name: string;
                        regionId: number;
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
                            code: string;
                            name: string;
                            regionId: number;
                            verwijsindexEnabled: boolean;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/gemeenten/{code}": {
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
        /** Verwijsindex per gemeente aan- of uitzetten */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        verwijsindexEnabled: boolean;
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
                            code: string;
                            name: string;
                            regionId: number;
                            verwijsindexEnabled: boolean;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/kindchecks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** De kindcheck vastleggen: kinderen in de zorg van de cliënt en of zij veilig zijn; biedt de screening aan per kind */
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
                        /** @default [] */
                        children?: {
                            dateOfBirth?: string;
                            name: string;
                            note?: string;
                            /** Format: uuid */
                            personId?: string;
                            /** @enum {string} */
                            safe: "ja" | "nee" | "twijfel";
                        }[];
                        /** @enum {string} */
                        childrenInCare: "ja" | "nee" | "onbekend";
                        clientBsn: string;
                        clientDateOfBirth: string;
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
                            id: string;
                            offers: {
                                /** @enum {string} */
                                action: "screening" | "kind-vastleggen";
                                bsn: string | null;
                                childId: string | null;
                                name: string;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/kindchecks/_kinderen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** De minderjarige kinderen van een volwassen cliënt volgens het register, om de kindcheck mee te beginnen */
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
                        clientBsn: string;
                        clientDateOfBirth: string;
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
                            children: {
                                dateOfBirth: string;
                                id: string;
                                name: string;
                                relation: string;
                                sameAddress: boolean;
                            }[];
                            client: {
                                dateOfBirth: string;
                                id: string;
                                name: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/matches": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Mijn matches */
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
                                createdAt: string;
                                historicalSignals: {
                                    endDate: string | null;
                                    organisation: string;
                                    professional: {
                                        email: string;
                                        name: string;
                                        phone: string;
                                    };
                                    signalId: string;
                                    startDate: string;
                                    youthId: string;
                                }[];
                                id: string;
                                members: {
                                    afgestemdOp: string | null;
                                    endDate: string | null;
                                    mine: boolean;
                                    organisation: string;
                                    professional: {
                                        email: string;
                                        name: string;
                                        phone: string;
                                    };
                                    sector: string;
                                    signalId: string;
                                    startDate: string;
                                    /** @enum {string} */
                                    status: "actief" | "inactief";
                                    userId: string;
                                    youth: {
                                        bsn: string;
                                        dateOfBirth: string;
                                        id: string;
                                        name: string;
                                    };
                                }[];
                                regievoerder: {
                                    name: string;
                                    organisation: string;
                                    since: string | null;
                                    userId: string;
                                } | null;
                                /** @enum {string} */
                                type: "kind" | "gezin";
                            }[];
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
    "/api/v1/matches/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Eén match waarin ik zit */
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
                            createdAt: string;
                            historicalSignals: {
                                endDate: string | null;
                                organisation: string;
                                professional: {
                                    email: string;
                                    name: string;
                                    phone: string;
                                };
                                signalId: string;
                                startDate: string;
                                youthId: string;
                            }[];
                            id: string;
                            members: {
                                afgestemdOp: string | null;
                                endDate: string | null;
                                mine: boolean;
                                organisation: string;
                                professional: {
                                    email: string;
                                    name: string;
                                    phone: string;
                                };
                                sector: string;
                                signalId: string;
                                startDate: string;
                                /** @enum {string} */
                                status: "actief" | "inactief";
                                userId: string;
                                youth: {
                                    bsn: string;
                                    dateOfBirth: string;
                                    id: string;
                                    name: string;
                                };
                            }[];
                            regievoerder: {
                                name: string;
                                organisation: string;
                                since: string | null;
                                userId: string;
                            } | null;
                            /** @enum {string} */
                            type: "kind" | "gezin";
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
    "/api/v1/matches/{id}/afstemmingen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Vastleggen dat ik heb afgestemd met de anderen in de match */
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
                        afgestemdOp: string;
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
                            createdAt: string;
                            historicalSignals: {
                                endDate: string | null;
                                organisation: string;
                                professional: {
                                    email: string;
                                    name: string;
                                    phone: string;
                                };
                                signalId: string;
                                startDate: string;
                                youthId: string;
                            }[];
                            id: string;
                            members: {
                                afgestemdOp: string | null;
                                endDate: string | null;
                                mine: boolean;
                                organisation: string;
                                professional: {
                                    email: string;
                                    name: string;
                                    phone: string;
                                };
                                sector: string;
                                signalId: string;
                                startDate: string;
                                /** @enum {string} */
                                status: "actief" | "inactief";
                                userId: string;
                                youth: {
                                    bsn: string;
                                    dateOfBirth: string;
                                    id: string;
                                    name: string;
                                };
                            }[];
                            regievoerder: {
                                name: string;
                                organisation: string;
                                since: string | null;
                                userId: string;
                            } | null;
                            /** @enum {string} */
                            type: "kind" | "gezin";
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/matches/{id}/regievoerder": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Vastleggen wie de regie heeft (regievoerder), met ingangsdatum */
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
                        since: string;
                        /** Format: uuid */
                        userId: string;
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
                            createdAt: string;
                            historicalSignals: {
                                endDate: string | null;
                                organisation: string;
                                professional: {
                                    email: string;
                                    name: string;
                                    phone: string;
                                };
                                signalId: string;
                                startDate: string;
                                youthId: string;
                            }[];
                            id: string;
                            members: {
                                afgestemdOp: string | null;
                                endDate: string | null;
                                mine: boolean;
                                organisation: string;
                                professional: {
                                    email: string;
                                    name: string;
                                    phone: string;
                                };
                                sector: string;
                                signalId: string;
                                startDate: string;
                                /** @enum {string} */
                                status: "actief" | "inactief";
                                userId: string;
                                youth: {
                                    bsn: string;
                                    dateOfBirth: string;
                                    id: string;
                                    name: string;
                                };
                            }[];
                            regievoerder: {
                                name: string;
                                organisation: string;
                                since: string | null;
                                userId: string;
                            } | null;
                            /** @enum {string} */
                            type: "kind" | "gezin";
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/meldcode-trajecten": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Meldcodetraject starten vanuit een dossier, of direct voor een kind (opent zo nodig het dossier) */
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
                        dossierId: string;
                    } | {
                        bsn: string;
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
                            child: {
                                dateOfBirth: string;
                                id: string;
                                name: string;
                            };
                            dossierId: string;
                            followUpDate: string | null;
                            id: string;
                            meldingen: {
                                createdAt: string;
                                id: string;
                                receivedAt: string | null;
                                toOrganisation: string;
                            }[];
                            /** @description De gebruiker is betrokken bij het dossier en mag in het traject schrijven */
                            member: boolean;
                            /** @description De eerste stap die nog leeg is (leidraad, geen verplichting) */
                            nextStep: number | null;
                            pauseReason: string | null;
                            records: {
                                author: string;
                                data: unknown;
                                id: string;
                                kind: string;
                                recordedAt: string;
                                step: number;
                            }[];
                            startedAt: string;
                            /** @enum {string} */
                            status: "open" | "gepauzeerd" | "hulp" | "gemeld" | "afgesloten";
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/meldcode-trajecten/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Een meldcodetraject met alle vastgelegde stappen */
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
                            child: {
                                dateOfBirth: string;
                                id: string;
                                name: string;
                            };
                            dossierId: string;
                            followUpDate: string | null;
                            id: string;
                            meldingen: {
                                createdAt: string;
                                id: string;
                                receivedAt: string | null;
                                toOrganisation: string;
                            }[];
                            /** @description De gebruiker is betrokken bij het dossier en mag in het traject schrijven */
                            member: boolean;
                            /** @description De eerste stap die nog leeg is (leidraad, geen verplichting) */
                            nextStep: number | null;
                            pauseReason: string | null;
                            records: {
                                author: string;
                                data: unknown;
                                id: string;
                                kind: string;
                                recordedAt: string;
                                step: number;
                            }[];
                            startedAt: string;
                            /** @enum {string} */
                            status: "open" | "gepauzeerd" | "hulp" | "gemeld" | "afgesloten";
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
    "/api/v1/meldcode-trajecten/{id}/besluiten": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Stap 5: de twee besluiten, uitgewerkt als de afwegingsvragen; uitkomst afsluiten, melden of hulp */
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
                        /** @description Bij hulp: de afspraken met de betrokkenen */
                        agreements?: string;
                        decidedOn: string;
                        emptyStepReasons?: {
                            1?: string;
                            2?: string;
                            3?: string;
                            4?: string;
                        };
                        /** @description Bij hulp: wanneer wordt gekeken of de hulp de nodige resultaten bereikt */
                        followUpDate?: string;
                        /** @enum {string} */
                        outcome: "afsluiten" | "melden" | "hulp";
                        /** @description Heb ik op basis van stap 1 t/m 4 een vermoeden van huiselijk geweld of kindermishandeling? */
                        q1Vermoeden: {
                            /** @enum {string} */
                            answer: "ja" | "nee";
                            reasoning: string;
                        };
                        /** @description Is er sprake van acute en/of structurele onveiligheid? */
                        q2AcuutStructureel?: {
                            /** @enum {string} */
                            answer: "ja" | "nee";
                            reasoning: string;
                        };
                        /** @description Kan ik effectieve hulp bieden of organiseren? */
                        q3HulpMogelijk?: {
                            /** @enum {string} */
                            answer: "ja" | "nee";
                            reasoning: string;
                        };
                        /** @description Aanvaarden de betrokkenen de hulp en verbinden zij zich eraan? */
                        q4HulpAanvaard?: {
                            /** @enum {string} */
                            answer: "ja" | "nee";
                            reasoning: string;
                        };
                        reasoning: string;
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
                            child: {
                                dateOfBirth: string;
                                id: string;
                                name: string;
                            };
                            dossierId: string;
                            followUpDate: string | null;
                            id: string;
                            meldingen: {
                                createdAt: string;
                                id: string;
                                receivedAt: string | null;
                                toOrganisation: string;
                            }[];
                            /** @description De gebruiker is betrokken bij het dossier en mag in het traject schrijven */
                            member: boolean;
                            /** @description De eerste stap die nog leeg is (leidraad, geen verplichting) */
                            nextStep: number | null;
                            pauseReason: string | null;
                            records: {
                                author: string;
                                data: unknown;
                                id: string;
                                kind: string;
                                recordedAt: string;
                                step: number;
                            }[];
                            startedAt: string;
                            /** @enum {string} */
                            status: "open" | "gepauzeerd" | "hulp" | "gemeld" | "afgesloten";
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/meldcode-trajecten/{id}/evaluaties": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Afwegingsvraag 5 bij hulp: bereikt de hulp op tijd de nodige resultaten? Nee → (opnieuw) melden */
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
                        evaluatedOn: string;
                        /** @description Bij ja: afspraken over het volgen van de (on)veiligheid */
                        monitoringAgreements?: string;
                        /** @description Leidt de hulp binnen de gewenste termijn tot de noodzakelijke resultaten? */
                        q5ResultaatBereikt: {
                            /** @enum {string} */
                            answer: "ja" | "nee";
                            reasoning: string;
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
                            child: {
                                dateOfBirth: string;
                                id: string;
                                name: string;
                            };
                            dossierId: string;
                            followUpDate: string | null;
                            id: string;
                            meldingen: {
                                createdAt: string;
                                id: string;
                                receivedAt: string | null;
                                toOrganisation: string;
                            }[];
                            /** @description De gebruiker is betrokken bij het dossier en mag in het traject schrijven */
                            member: boolean;
                            /** @description De eerste stap die nog leeg is (leidraad, geen verplichting) */
                            nextStep: number | null;
                            pauseReason: string | null;
                            records: {
                                author: string;
                                data: unknown;
                                id: string;
                                kind: string;
                                recordedAt: string;
                                step: number;
                            }[];
                            startedAt: string;
                            /** @enum {string} */
                            status: "open" | "gepauzeerd" | "hulp" | "gemeld" | "afgesloten";
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/meldcode-trajecten/{id}/hervatting": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Gepauzeerd traject hervatten */
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
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            child: {
                                dateOfBirth: string;
                                id: string;
                                name: string;
                            };
                            dossierId: string;
                            followUpDate: string | null;
                            id: string;
                            meldingen: {
                                createdAt: string;
                                id: string;
                                receivedAt: string | null;
                                toOrganisation: string;
                            }[];
                            /** @description De gebruiker is betrokken bij het dossier en mag in het traject schrijven */
                            member: boolean;
                            /** @description De eerste stap die nog leeg is (leidraad, geen verplichting) */
                            nextStep: number | null;
                            pauseReason: string | null;
                            records: {
                                author: string;
                                data: unknown;
                                id: string;
                                kind: string;
                                recordedAt: string;
                                step: number;
                            }[];
                            startedAt: string;
                            /** @enum {string} */
                            status: "open" | "gepauzeerd" | "hulp" | "gemeld" | "afgesloten";
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/meldcode-trajecten/{id}/pauze": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Traject pauzeren, met reden */
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
                            child: {
                                dateOfBirth: string;
                                id: string;
                                name: string;
                            };
                            dossierId: string;
                            followUpDate: string | null;
                            id: string;
                            meldingen: {
                                createdAt: string;
                                id: string;
                                receivedAt: string | null;
                                toOrganisation: string;
                            }[];
                            /** @description De gebruiker is betrokken bij het dossier en mag in het traject schrijven */
                            member: boolean;
                            /** @description De eerste stap die nog leeg is (leidraad, geen verplichting) */
                            nextStep: number | null;
                            pauseReason: string | null;
                            records: {
                                author: string;
                                data: unknown;
                                id: string;
                                kind: string;
                                recordedAt: string;
                                step: number;
                            }[];
                            startedAt: string;
                            /** @enum {string} */
                            status: "open" | "gepauzeerd" | "hulp" | "gemeld" | "afgesloten";
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/meldcode-trajecten/{id}/stappen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Stap 1–4 documenteren: signaal, consultatie, gesprek (of reden om het over te slaan), weging */
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
                        description: string;
                        /** @default [] */
                        forms?: ("lichamelijke_mishandeling" | "lichamelijke_verwaarlozing" | "psychische_mishandeling" | "psychische_verwaarlozing" | "seksueel_misbruik" | "getuige_huiselijk_geweld" | "eergerelateerd_geweld" | "vrouwelijke_genitale_verminking" | "huwelijksdwang")[];
                        /** @enum {string} */
                        kind: "signaal";
                        /** @enum {string} */
                        observationType: "waarneming" | "uitspraak_kind" | "uitspraak_ouder" | "lichamelijk_letsel" | "gedrag" | "informatie_derde";
                        observedOn: string;
                        /** @description Bron: eigen waarneming, kind, ouder, collega, derde */
                        source: string;
                    } | {
                        advice: string;
                        consultedOn: string;
                        /** @enum {string} */
                        kind: "consultatie";
                        name: string;
                        /** @enum {string} */
                        who: "collega" | "aandachtsfunctionaris" | "veilig_thuis" | "forensisch_arts" | "andere_deskundige";
                    } | {
                        heldOn: string;
                        /** @enum {string} */
                        kind: "gesprek";
                        /** @description Reactie van de betrokkenen op de zorgen */
                        reaction: string;
                        summary: string;
                        withWhom: string;
                    } | {
                        explanation: string;
                        /** @enum {string} */
                        kind: "gesprek_overgeslagen";
                        /** @enum {string} */
                        reason: "veiligheid_kind" | "veiligheid_professional" | "veiligheid_anderen" | "contact_verbroken";
                    } | {
                        forms: ("lichamelijke_mishandeling" | "lichamelijke_verwaarlozing" | "psychische_mishandeling" | "psychische_verwaarlozing" | "seksueel_misbruik" | "getuige_huiselijk_geweld" | "eergerelateerd_geweld" | "vrouwelijke_genitale_verminking" | "huwelijksdwang")[];
                        /** @description Het afwegingskader van de eigen beroepsgroep */
                        framework: string;
                        /** @enum {string} */
                        kind: "weging";
                        reasoning: string;
                        /** @description Risico: wat kan er gebeuren, hoe waarschijnlijk, hoe ernstig */
                        risk: string;
                        /** @enum {string} */
                        seriousness: "licht" | "matig" | "ernstig";
                        weighedOn: string;
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
                            child: {
                                dateOfBirth: string;
                                id: string;
                                name: string;
                            };
                            dossierId: string;
                            followUpDate: string | null;
                            id: string;
                            meldingen: {
                                createdAt: string;
                                id: string;
                                receivedAt: string | null;
                                toOrganisation: string;
                            }[];
                            /** @description De gebruiker is betrokken bij het dossier en mag in het traject schrijven */
                            member: boolean;
                            /** @description De eerste stap die nog leeg is (leidraad, geen verplichting) */
                            nextStep: number | null;
                            pauseReason: string | null;
                            records: {
                                author: string;
                                data: unknown;
                                id: string;
                                kind: string;
                                recordedAt: string;
                                step: number;
                            }[];
                            startedAt: string;
                            /** @enum {string} */
                            status: "open" | "gepauzeerd" | "hulp" | "gemeld" | "afgesloten";
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/meldcode/overzicht": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Voor de aandachtsfunctionaris: lopende trajecten en recente screenings van de organisatie, met leeftijd en volgende datum */
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
                            screenings: {
                                ageDays: number;
                                child: string;
                                createdAt: string;
                                dossierId: string;
                                id: string;
                                judgement: string;
                                nextAction: string;
                            }[];
                            trajecten: {
                                ageDays: number;
                                child: string;
                                dossierId: string;
                                followUpDate: string | null;
                                id: string;
                                nextStep: number | null;
                                startedAt: string;
                                /** @enum {string} */
                                status: "open" | "gepauzeerd" | "hulp" | "gemeld" | "afgesloten";
                            }[];
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
    "/api/v1/organisaties": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Organisaties */
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
                                id: string;
                                municipalityCode: string;
                                name: string;
                                requiresTotp: boolean;
                                /** @enum {string} */
                                sector: "verloskunde" | "kraamzorg" | "jgz" | "cjg_wijkteam" | "huisarts" | "kinderopvang" | "peuterspeelzaal_vve" | "primair_onderwijs" | "voortgezet_onderwijs" | "mbo" | "amw" | "ggz" | "verslavingszorg" | "schuldhulpverlening" | "mee" | "politie" | "veilig_thuis" | "raad_kinderbescherming" | "jeugdbescherming" | "jeugdhulp" | "reclassering" | "coa" | "gemeente";
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Organisatie toevoegen */
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
                        municipalityCode: string;
                        name: string;
                        /** @default false */
                        requiresTotp?: boolean;
                        /** @enum {string} */
                        sector: "verloskunde" | "kraamzorg" | "jgz" | "cjg_wijkteam" | "huisarts" | "kinderopvang" | "peuterspeelzaal_vve" | "primair_onderwijs" | "voortgezet_onderwijs" | "mbo" | "amw" | "ggz" | "verslavingszorg" | "schuldhulpverlening" | "mee" | "politie" | "veilig_thuis" | "raad_kinderbescherming" | "jeugdbescherming" | "jeugdhulp" | "reclassering" | "coa" | "gemeente";
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
                            id: string;
                            municipalityCode: string;
                            name: string;
                            requiresTotp: boolean;
                            /** @enum {string} */
                            sector: "verloskunde" | "kraamzorg" | "jgz" | "cjg_wijkteam" | "huisarts" | "kinderopvang" | "peuterspeelzaal_vve" | "primair_onderwijs" | "voortgezet_onderwijs" | "mbo" | "amw" | "ggz" | "verslavingszorg" | "schuldhulpverlening" | "mee" | "politie" | "veilig_thuis" | "raad_kinderbescherming" | "jeugdbescherming" | "jeugdhulp" | "reclassering" | "coa" | "gemeente";
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/organisaties/{id}": {
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
        /** Organisatie wijzigen (o.a. tweestapsverificatie verplicht) */
        patch: {
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
                        municipalityCode?: string;
                        name?: string;
                        requiresTotp?: boolean;
                        /** @enum {string} */
                        sector?: "verloskunde" | "kraamzorg" | "jgz" | "cjg_wijkteam" | "huisarts" | "kinderopvang" | "peuterspeelzaal_vve" | "primair_onderwijs" | "voortgezet_onderwijs" | "mbo" | "amw" | "ggz" | "verslavingszorg" | "schuldhulpverlening" | "mee" | "politie" | "veilig_thuis" | "raad_kinderbescherming" | "jeugdbescherming" | "jeugdhulp" | "reclassering" | "coa" | "gemeente";
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
                            id: string;
                            municipalityCode: string;
                            name: string;
                            requiresTotp: boolean;
                            /** @enum {string} */
                            sector: "verloskunde" | "kraamzorg" | "jgz" | "cjg_wijkteam" | "huisarts" | "kinderopvang" | "peuterspeelzaal_vve" | "primair_onderwijs" | "voortgezet_onderwijs" | "mbo" | "amw" | "ggz" | "verslavingszorg" | "schuldhulpverlening" | "mee" | "politie" | "veilig_thuis" | "raad_kinderbescherming" | "jeugdbescherming" | "jeugdhulp" | "reclassering" | "coa" | "gemeente";
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/ouder-kindrelaties": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Ouder–kindrelatie vastleggen (juridisch, biologisch, stief, pleeg, voogd); functioneel beheer, zoals de BRP-import */
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
                        childBsn: string;
                        /** @enum {string} */
                        kind: "juridisch" | "biologisch" | "stief" | "pleeg" | "voogd";
                        parentBsn: string;
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
                            childId: string;
                            kind: string;
                            parentId: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/overdrachten": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Overdrachten aan mijn school en die ik verstuurde */
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
                            ontvangen: {
                                acknowledgedAt: string | null;
                                acknowledgedBy: string | null;
                                child: {
                                    dateOfBirth: string;
                                    id: string;
                                    name: string;
                                };
                                consentDate: string;
                                content: {
                                    ondersteuningsbehoeften: string;
                                    ontwikkeling: string;
                                    watWerkt?: string;
                                };
                                createdAt: string;
                                fromOrganisation: string;
                                fromProfessional: string;
                                id: string;
                                parentsSeenOn: string;
                                toOrganisation: string;
                            }[];
                            verzonden: {
                                acknowledgedAt: string | null;
                                acknowledgedBy: string | null;
                                child: {
                                    dateOfBirth: string;
                                    id: string;
                                    name: string;
                                };
                                consentDate: string;
                                content: {
                                    ondersteuningsbehoeften: string;
                                    ontwikkeling: string;
                                    watWerkt?: string;
                                };
                                createdAt: string;
                                fromOrganisation: string;
                                fromProfessional: string;
                                id: string;
                                parentsSeenOn: string;
                                toOrganisation: string;
                            }[];
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
    "/api/v1/overdrachten/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Eén overdracht */
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
                            acknowledgedAt: string | null;
                            acknowledgedBy: string | null;
                            child: {
                                dateOfBirth: string;
                                id: string;
                                name: string;
                            };
                            consentDate: string;
                            content: {
                                ondersteuningsbehoeften: string;
                                ontwikkeling: string;
                                watWerkt?: string;
                            };
                            createdAt: string;
                            fromOrganisation: string;
                            fromProfessional: string;
                            id: string;
                            parentsSeenOn: string;
                            toOrganisation: string;
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
    "/api/v1/overdrachten/{id}/ontvangst": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** De school bevestigt de ontvangst */
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
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            acknowledgedAt: string | null;
                            acknowledgedBy: string | null;
                            child: {
                                dateOfBirth: string;
                                id: string;
                                name: string;
                            };
                            consentDate: string;
                            content: {
                                ondersteuningsbehoeften: string;
                                ontwikkeling: string;
                                watWerkt?: string;
                            };
                            createdAt: string;
                            fromOrganisation: string;
                            fromProfessional: string;
                            id: string;
                            parentsSeenOn: string;
                            toOrganisation: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/overdrachten/{id}/ouderversie": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** De overdracht als PDF voor de ouders: precies wat de school krijgt */
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
                    content?: never;
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
    "/api/v1/personen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Persoon handmatig vastleggen (weigert een BSN dat al bestaat) */
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
                        bsn: string;
                        city?: string | null;
                        dateOfBirth: string;
                        dateOfDeath?: string | null;
                        familyName: string;
                        givenNames: string;
                        houseNumber?: string | null;
                        municipalityCode?: string | null;
                        postcode?: string | null;
                        /** @enum {string} */
                        sex: "M" | "V" | "O";
                        street?: string | null;
                        tussenvoegsel?: string | null;
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
                            bsn: string;
                            city: string | null;
                            dateOfBirth: string;
                            dateOfDeath: string | null;
                            familyName: string;
                            fullName: string;
                            givenNames: string;
                            houseNumber: string | null;
                            id: string;
                            municipalityCode: string | null;
                            postcode: string | null;
                            /** @enum {string} */
                            sex: "M" | "V" | "O";
                            street: string | null;
                            tussenvoegsel: string | null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/personen/_zoek": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Zoek één persoon op exact BSN én geboortedatum (zoeken-voor-aanmaken; bladeren kan niet) */
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
                        bsn: string;
                        geboortedatum: string;
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
                            items: {
                                bsn: string;
                                city?: string | null;
                                dateOfBirth: string;
                                dateOfDeath?: string | null;
                                familyName: string;
                                fullName: string;
                                givenNames: string;
                                houseNumber?: string | null;
                                id: string;
                                municipalityCode?: string | null;
                                postcode?: string | null;
                                /** @enum {string} */
                                sex?: "M" | "V" | "O";
                                street?: string | null;
                                tussenvoegsel: string | null;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/personen/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Eén persoon, alleen met een reden uit het eigen werk */
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
                            bsn: string;
                            city: string | null;
                            dateOfBirth: string;
                            dateOfDeath: string | null;
                            familyName: string;
                            fullName: string;
                            givenNames: string;
                            houseNumber: string | null;
                            id: string;
                            municipalityCode: string | null;
                            postcode: string | null;
                            /** @enum {string} */
                            sex: "M" | "V" | "O";
                            street: string | null;
                            tussenvoegsel: string | null;
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
    "/api/v1/privacy/opvallende-toegang": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Opvallende toegang: veel nieuwe dossiers of signalen, kinderen buiten de regio, een dossier kort voor een match; met de auditregels erachter */
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
                                children: {
                                    at: string;
                                    dateOfBirth: string;
                                    municipality: string | null;
                                    name: string;
                                    /** @enum {string} */
                                    record: "dossier" | "signaal";
                                    relationship: {
                                        explanation: string | null;
                                        reason: string;
                                    };
                                }[];
                                count: number;
                                from: string;
                                key: string;
                                /** @enum {string} */
                                kind: "veel-nieuw" | "buiten-regio" | "kort-voor-match";
                                match: {
                                    at: string;
                                    /** @enum {string} */
                                    type: "kind" | "gezin";
                                } | null;
                                to: string;
                                trail: {
                                    action: string;
                                    at: string;
                                    organisation: string | null;
                                    outcome: string;
                                    person: string | null;
                                    recordType: string;
                                    role: string | null;
                                    user: string | null;
                                }[];
                                user: {
                                    name: string;
                                    organisation: string;
                                    role: string;
                                };
                            }[];
                            settings: {
                                /** @description Zoveel nieuwe dossiers of signalen van één gebruiker … */
                                bulkCount: number;
                                /** @description … binnen zoveel uur vallen op */
                                bulkHours: number;
                                /** @description Een match binnen zoveel uur na het openen van een dossier valt op */
                                matchWithinHours: number;
                                /**
                                 * @description Buiten de regio of buiten de gemeente van de organisatie valt op
                                 * @enum {string}
                                 */
                                outsideScope: "regio" | "gemeente";
                                /** @description Zoveel dagen terug kijken */
                                periodDays: number;
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
    "/api/v1/privacy/opvallende-toegang/instellingen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Drempels van de lijst opvallende toegang (standaard: 10 binnen 24 uur, match binnen 72 uur, buiten de regio, 30 dagen terug) */
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
                        /** @description Zoveel nieuwe dossiers of signalen van één gebruiker … */
                        bulkCount: number;
                        /** @description … binnen zoveel uur vallen op */
                        bulkHours: number;
                        /** @description Een match binnen zoveel uur na het openen van een dossier valt op */
                        matchWithinHours: number;
                        /**
                         * @description Buiten de regio of buiten de gemeente van de organisatie valt op
                         * @enum {string}
                         */
                        outsideScope: "regio" | "gemeente";
                        /** @description Zoveel dagen terug kijken */
                        periodDays: number;
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
                            /** @description Zoveel nieuwe dossiers of signalen van één gebruiker … */
                            bulkCount: number;
                            /** @description … binnen zoveel uur vallen op */
                            bulkHours: number;
                            /** @description Een match binnen zoveel uur na het openen van een dossier valt op */
                            matchWithinHours: number;
                            /**
                             * @description Buiten de regio of buiten de gemeente van de organisatie valt op
                             * @enum {string}
                             */
                            outsideScope: "regio" | "gemeente";
                            /** @description Zoveel dagen terug kijken */
                            periodDays: number;
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/regios": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Regio’s */
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
                                id: number;
                                name: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Regio toevoegen */
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
                            id: number;
                            name: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Inloggen met gebruikersnaam, wachtwoord en zo nodig een TOTP- of herstelcode */
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
                        recoveryCode?: string;
                        totpCode?: string;
                        username: string;
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
                            csrfToken: string;
                            /** @description Na zoveel minuten zonder verzoek verloopt de sessie */
                            idleTimeoutMinutes: number;
                            totpEnrolmentRequired: boolean;
                            user: {
                                displayName: string;
                                email: string | null;
                                id: string;
                                organisationId: string;
                                organisationName: string;
                                phone: string | null;
                                /** @enum {string} */
                                role: "professional" | "aandachtsfunctionaris" | "veilig_thuis_medewerker" | "teamleider" | "regiocoordinator" | "functioneel_beheerder";
                                sector: string;
                                totpEnabled: boolean;
                                username: string;
                                verwijsindexEnabled: boolean;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sessions/current": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** De huidige sessie en gebruiker */
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
                            csrfToken: string;
                            /** @description Na zoveel minuten zonder verzoek verloopt de sessie */
                            idleTimeoutMinutes: number;
                            totpEnrolmentRequired: boolean;
                            user: {
                                displayName: string;
                                email: string | null;
                                id: string;
                                organisationId: string;
                                organisationName: string;
                                phone: string | null;
                                /** @enum {string} */
                                role: "professional" | "aandachtsfunctionaris" | "veilig_thuis_medewerker" | "teamleider" | "regiocoordinator" | "functioneel_beheerder";
                                sector: string;
                                totpEnabled: boolean;
                                username: string;
                                verwijsindexEnabled: boolean;
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /** Uitloggen */
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
                    content?: never;
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/sessions/probe": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Is er een sessie? Altijd 200: de sessie, of null (en of een sessiecookie verlopen was) */
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
                            /** @description Er was een sessiecookie, maar de sessie bestaat niet meer */
                            expired: boolean;
                            session: {
                                csrfToken: string;
                                /** @description Na zoveel minuten zonder verzoek verloopt de sessie */
                                idleTimeoutMinutes: number;
                                totpEnrolmentRequired: boolean;
                                user: {
                                    displayName: string;
                                    email: string | null;
                                    id: string;
                                    organisationId: string;
                                    organisationName: string;
                                    phone: string | null;
                                    /** @enum {string} */
                                    role: "professional" | "aandachtsfunctionaris" | "veilig_thuis_medewerker" | "teamleider" | "regiocoordinator" | "functioneel_beheerder";
                                    sector: string;
                                    totpEnabled: boolean;
                                    username: string;
                                    verwijsindexEnabled: boolean;
                                };
                            } | null;
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
    "/api/v1/signalen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Mijn signalen */
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
                                contactEmail: string;
                                contactPhone: string;
                                endDate: string | null;
                                /** @enum {string|null} */
                                endReason: "afgesloten" | "verlopen" | null;
                                id: string;
                                informedOn: string;
                                matchCount: number;
                                startDate: string;
                                /** @enum {string} */
                                status: "actief" | "inactief";
                                youth: {
                                    bsn: string;
                                    dateOfBirth: string;
                                    id: string;
                                    name: string;
                                };
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Signaal afgeven: alleen dát u betrokken bent bij een jeugdige (nooit waarom) */
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
                        bsn: string;
                        /** Format: email */
                        contactEmail?: string;
                        contactPhone?: string;
                        /** @description Datum waarop jeugdige/ouders over het signaal zijn geïnformeerd (verplicht) */
                        informedOn: string;
                        /** @description Reden van betrokkenheid; alleen voor de privacyfunctionaris, nooit in de match */
                        relationship?: {
                            /** @description Toelichting; verplicht bij "anders" */
                            explanation?: string;
                            /**
                             * @description Reden van betrokkenheid: waarom u dit kind kent, niet wat de zorg is
                             * @enum {string}
                             */
                            reason: "client_in_zorg" | "leerling" | "kind_van_client" | "gezinslid_van_client" | "consult" | "melding_of_advies" | "anders";
                        };
                        startDate?: string;
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
                            matches: {
                                created: boolean;
                                matchId: string;
                                /** @enum {string} */
                                type: "kind" | "gezin";
                            }[];
                            signal: {
                                contactEmail: string;
                                contactPhone: string;
                                endDate: string | null;
                                /** @enum {string|null} */
                                endReason: "afgesloten" | "verlopen" | null;
                                id: string;
                                informedOn: string;
                                matchCount: number;
                                startDate: string;
                                /** @enum {string} */
                                status: "actief" | "inactief";
                                youth: {
                                    bsn: string;
                                    dateOfBirth: string;
                                    id: string;
                                    name: string;
                                };
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/signalen/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Eén eigen signaal */
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
                            contactEmail: string;
                            contactPhone: string;
                            endDate: string | null;
                            /** @enum {string|null} */
                            endReason: "afgesloten" | "verlopen" | null;
                            id: string;
                            informedOn: string;
                            matchCount: number;
                            startDate: string;
                            /** @enum {string} */
                            status: "actief" | "inactief";
                            youth: {
                                bsn: string;
                                dateOfBirth: string;
                                id: string;
                                name: string;
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
        /** Eigen signaal vroegtijdig afsluiten (inactief maken) */
        patch: {
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
                        endDate?: string;
                        /** @enum {string} */
                        status: "inactief";
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
                            contactEmail: string;
                            contactPhone: string;
                            endDate: string | null;
                            /** @enum {string|null} */
                            endReason: "afgesloten" | "verlopen" | null;
                            id: string;
                            informedOn: string;
                            matchCount: number;
                            startDate: string;
                            /** @enum {string} */
                            status: "actief" | "inactief";
                            youth: {
                                bsn: string;
                                dateOfBirth: string;
                                id: string;
                                name: string;
                            };
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/stap0/factoren": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** De risicofactoren en beschermende factoren, gegroepeerd zoals in de bronnen, met bronverwijzing */
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
                            groups: {
                                en: string;
                                factors: {
                                    en: string;
                                    hint?: string;
                                    id: string;
                                    nl: string;
                                    ref: string;
                                }[];
                                id: string;
                                /** @enum {string} */
                                kind: "risico" | "beschermend";
                                nl: string;
                                ref: string;
                            }[];
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
    "/api/v1/stap0/gespreksstappen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** De stappen van het gesprek met ouders (seed 001 §4.3) en met het kind (§4.4) */
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
                            kind: {
                                [key: string]: string;
                            };
                            minChildAge: number;
                            ouders: {
                                [key: string]: string;
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
    "/api/v1/taken": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Mijn open taken, oudste vervaldatum eerst */
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
                                assignee: string;
                                child: string;
                                doneAt: string | null;
                                doneNote: string | null;
                                dossierId: string;
                                dueDate: string;
                                id: string;
                                overdue: boolean;
                                /** @enum {string} */
                                source: "afspraak" | "vervolgdatum" | "bereik" | "handmatig";
                                /** @enum {string} */
                                status: "open" | "gedaan" | "vervallen";
                                title: string;
                            }[];
                            overdue: number;
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
    "/api/v1/taken/{id}": {
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
        /** Taak afronden */
        patch: {
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
                        /** @enum {string} */
                        status: "gedaan";
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
                            assignee: string;
                            child: string;
                            doneAt: string | null;
                            doneNote: string | null;
                            dossierId: string;
                            dueDate: string;
                            id: string;
                            overdue: boolean;
                            /** @enum {string} */
                            source: "afspraak" | "vervolgdatum" | "bereik" | "handmatig";
                            /** @enum {string} */
                            status: "open" | "gedaan" | "vervallen";
                            title: string;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/taken/aantal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Alleen aantallen van mijn open taken (voor een teller; zonder persoonsgegevens) */
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
                            open: number;
                            overdue: number;
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
    "/api/v1/taken/over-datum": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Voor de aandachtsfunctionaris: alle taken van de organisatie die over datum zijn, per professional */
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
                                assignee: string;
                                child: string;
                                doneAt: string | null;
                                doneNote: string | null;
                                dossierId: string;
                                dueDate: string;
                                id: string;
                                overdue: boolean;
                                /** @enum {string} */
                                source: "afspraak" | "vervolgdatum" | "bereik" | "handmatig";
                                /** @enum {string} */
                                status: "open" | "gedaan" | "vervallen";
                                title: string;
                            }[];
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
    "/api/v1/veilig-thuis/meldingen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Meldingen die deze Veilig Thuis-organisatie via de meldcode ontving */
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
                                createdAt: string;
                                fromOrganisation: string;
                                id: string;
                                /** @description Wat de professional meldde: het kind, de melder en de vastgelegde stappen */
                                payload: {
                                    kind: {
                                        adres: string;
                                        bsn: string;
                                        geboortedatum: string;
                                        id: string;
                                        naam: string;
                                    };
                                    melder: {
                                        email: string | null;
                                        naam: string;
                                        organisatie: string;
                                        sector: string;
                                        telefoon: string | null;
                                    };
                                    stappen: {
                                        door: string;
                                        gegevens: unknown;
                                        soort: string;
                                        stap: number;
                                        vastgelegdOp: string;
                                    }[];
                                };
                                receivedAt: string | null;
                                receivedBy: string | null;
                            }[];
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
    "/api/v1/veilig-thuis/meldingen/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Eén melding met alle gedocumenteerde stappen */
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
                            createdAt: string;
                            fromOrganisation: string;
                            id: string;
                            /** @description Wat de professional meldde: het kind, de melder en de vastgelegde stappen */
                            payload: {
                                kind: {
                                    adres: string;
                                    bsn: string;
                                    geboortedatum: string;
                                    id: string;
                                    naam: string;
                                };
                                melder: {
                                    email: string | null;
                                    naam: string;
                                    organisatie: string;
                                    sector: string;
                                    telefoon: string | null;
                                };
                                stappen: {
                                    door: string;
                                    gegevens: unknown;
                                    soort: string;
                                    stap: number;
                                    vastgelegdOp: string;
                                }[];
                            };
                            receivedAt: string | null;
                            receivedBy: string | null;
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
    "/api/v1/veilig-thuis/meldingen/{id}/ontvangst": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Ontvangst bevestigen; de melder ziet dat in het eigen dossier */
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
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            createdAt: string;
                            fromOrganisation: string;
                            id: string;
                            /** @description Wat de professional meldde: het kind, de melder en de vastgelegde stappen */
                            payload: {
                                kind: {
                                    adres: string;
                                    bsn: string;
                                    geboortedatum: string;
                                    id: string;
                                    naam: string;
                                };
                                melder: {
                                    email: string | null;
                                    naam: string;
                                    organisatie: string;
                                    sector: string;
                                    telefoon: string | null;
                                };
                                stappen: {
                                    door: string;
                                    gegevens: unknown;
                                    soort: string;
                                    stap: number;
                                    vastgelegdOp: string;
                                }[];
                            };
                            receivedAt: string | null;
                            receivedBy: string | null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/verwijsindex/statistieken": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Aantallen per gemeente en regiototaal in de eigen regio (regiocoördinator), door de onthullingscontrole (besluit 0009) */
        get: {
            parameters: {
                query?: {
                    afronden?: "ja" | "nee";
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
                            beveiliging: {
                                afronding: number | null;
                                drempel: number;
                                regel: string;
                            };
                            items: {
                                activeSignals: number | null;
                                childMatches: number | null;
                                familyMatches: number | null;
                                municipality: string;
                                onderdrukking: {
                                    [key: string]: "primair" | "secundair";
                                };
                            }[];
                            region: string;
                            totaal: {
                                activeSignals: number | null;
                                childMatches: number | null;
                                familyMatches: number | null;
                                onderdrukking: {
                                    [key: string]: "primair" | "secundair";
                                };
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
    "/api/v1/vt-besluiten/{id}/afwijzing": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Besluit niet goedkeuren: terug naar het onderzoek, met de reden */
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
                        reden: string;
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
                        "application/json": components["schemas"]["VtZaakDetail"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/vt-besluiten/{id}/goedkeuring": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Besluit goedkeuren (teamleider, niet de opsteller); voert het besluit uit */
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
                        /** @enum {boolean} */
                        akkoord: true;
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
                        "application/json": components["schemas"]["VtZaakDetail"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/vt-caseload": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Caseload per medewerker van het team (aantallen) */
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
                                naam: string;
                                onderzoeken: number;
                                open: number;
                                rol: string;
                                teLaat: number;
                                userId: string;
                            }[];
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
    "/api/v1/vt-kpis": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Stuurinformatie: aandeel veiligheidsbeoordelingen binnen 5 werkdagen en onderzoeken binnen 10 weken, per team en periode */
        get: {
            parameters: {
                query: {
                    afronden?: "ja" | "nee";
                    tot: string;
                    van: string;
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
                            beveiliging?: {
                                afronding: number | null;
                                drempel: number;
                                regel: string;
                            };
                            normen: {
                                onderzoekWeken: number;
                                veiligheidsbeoordelingWerkdagen: number;
                            };
                            regio?: {
                                adviezen: number | null;
                                meldingen: number | null;
                                onderdrukking: {
                                    [key: string]: "primair" | "secundair";
                                };
                                onderzoeken: {
                                    aandeel: number | null;
                                    binnenTermijn: number | null;
                                    totaal: number | null;
                                };
                                tot: string;
                                van: string;
                                veiligheidsbeoordelingen: {
                                    aandeel: number | null;
                                    binnenTermijn: number | null;
                                    totaal: number | null;
                                };
                            };
                            teams: {
                                adviezen: number | null;
                                meldingen: number | null;
                                onderdrukking?: {
                                    [key: string]: "primair" | "secundair";
                                };
                                onderzoeken: {
                                    aandeel: number | null;
                                    binnenTermijn: number | null;
                                    totaal: number | null;
                                };
                                organisationId: string;
                                team: string;
                                tot: string;
                                van: string;
                                veiligheidsbeoordelingen: {
                                    aandeel: number | null;
                                    binnenTermijn: number | null;
                                    totaal: number | null;
                                };
                            }[];
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
    "/api/v1/vt-monitoring/{id}": {
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
        /** Monitoringsmoment vastleggen: is de situatie stabiel veilig? Niet veilig heropent de veiligheidsbeoordeling */
        patch: {
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
                        bevindingen: string;
                        /** @description Wie zijn bevraagd: gezin en professionals */
                        bevraagd: string;
                        uitgevoerdOp: string;
                        /** @enum {string} */
                        uitkomst: "stabiel_veilig" | "niet_veilig";
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
                        "application/json": components["schemas"]["VtZaakDetail"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/vt-overdrachten": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Overdrachten van Veilig Thuis aan mijn organisatie */
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
                                betrokkenen: {
                                    geboortedatum: string | null;
                                    naam: string;
                                    personId: string | null;
                                    rol: string;
                                }[];
                                bevestigdAt: string | null;
                                bevestigdDoor: string | null;
                                contactVeiligThuis: {
                                    email: string | null;
                                    naam: string | null;
                                    telefoon: string | null;
                                };
                                id: string;
                                informatie: string;
                                /** @description Nooit bij toegezegde anonimiteit */
                                melder: {
                                    naam: string;
                                    organisatie: string | null;
                                    relatie: string;
                                } | null;
                                melderAnoniem: boolean;
                                naar: string;
                                naarOrganisationId: string;
                                naarUserId: string | null;
                                van: string;
                                veiligheidsvoorwaarden: string[];
                                verzondenAt: string;
                            }[];
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
    "/api/v1/vt-overdrachten/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Eén overdracht met de veiligheidsvoorwaarden */
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
                            betrokkenen: {
                                geboortedatum: string | null;
                                naam: string;
                                personId: string | null;
                                rol: string;
                            }[];
                            bevestigdAt: string | null;
                            bevestigdDoor: string | null;
                            contactVeiligThuis: {
                                email: string | null;
                                naam: string | null;
                                telefoon: string | null;
                            };
                            id: string;
                            informatie: string;
                            /** @description Nooit bij toegezegde anonimiteit */
                            melder: {
                                naam: string;
                                organisatie: string | null;
                                relatie: string;
                            } | null;
                            melderAnoniem: boolean;
                            naar: string;
                            naarOrganisationId: string;
                            naarUserId: string | null;
                            van: string;
                            veiligheidsvoorwaarden: string[];
                            verzondenAt: string;
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
    "/api/v1/vt-overdrachten/{id}/ontvangst": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Ontvangst en overname bevestigen; pas dan verdwijnt de zaak van de lijst van Veilig Thuis */
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
                            betrokkenen: {
                                geboortedatum: string | null;
                                naam: string;
                                personId: string | null;
                                rol: string;
                            }[];
                            bevestigdAt: string | null;
                            bevestigdDoor: string | null;
                            contactVeiligThuis: {
                                email: string | null;
                                naam: string | null;
                                telefoon: string | null;
                            };
                            id: string;
                            informatie: string;
                            /** @description Nooit bij toegezegde anonimiteit */
                            melder: {
                                naam: string;
                                organisatie: string | null;
                                relatie: string;
                            } | null;
                            melderAnoniem: boolean;
                            naar: string;
                            naarOrganisationId: string;
                            naarUserId: string | null;
                            van: string;
                            veiligheidsvoorwaarden: string[];
                            verzondenAt: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/vt-referentie": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** De lijsten waaruit de formulieren zijn opgebouwd, met bronverwijzing (geen persoonsgegevens) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description onderzoeksvragen, alarmsignalen, beoordelingen, instrumenten en termijnen, met bronverwijzing */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            readonly alarmsignalen: {
                                en: string;
                                /** @enum {string} */
                                id: "A" | "B" | "C" | "D";
                                readonly items: {
                                    en: string;
                                    id: string;
                                    nl: string;
                                    ref: string;
                                }[];
                                nl: string;
                                ref: string;
                            }[];
                            beoordelingen: {
                                [key: string]: {
                                    en: string;
                                    /** @enum {string} */
                                    id: "framework" | "tabel-3.1" | "tabel-3.2" | "tabel-3.3" | "ouderfactoren";
                                    readonly items: {
                                        en: string;
                                        group: string;
                                        id: string;
                                        /** @enum {string} */
                                        kind: "zorgpunt" | "sterk" | "aandachtspunt";
                                        nl: string;
                                        ref: string;
                                    }[];
                                    nl: string;
                                    ref: string;
                                };
                            };
                            readonly instrumenten: {
                                answersSafeNow: boolean;
                                fullName: string;
                                /** @enum {string} */
                                id: "cfra" | "care-nl" | "delta-veiligheidslijst" | "lirik";
                                intendedUser: string;
                                name: string;
                                ref: string;
                                type: string;
                            }[];
                            readonly onderzoeksvragen: {
                                /** @enum {string} */
                                answeredIn: "§3.2.1" | "§3.2.2" | "§3.2.3" | "§3.3" | "§3.4";
                                en: string;
                                /** @enum {string} */
                                id: "RQ1" | "RQ2" | "RQ3" | "RQ4" | "RQ5" | "RQ6";
                                nl: string;
                                ref: string;
                            }[];
                            termijnen: {
                                onderzoekWeken: number;
                                veiligheidsbeoordelingWerkdagen: number;
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
    "/api/v1/vt-veiligheidsbeoordelingen/{id}/afwijzing": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Uitkomst niet goedkeuren: terug naar de medewerker, met de reden */
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
                        reden: string;
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
                        "application/json": components["schemas"]["VtZaakDetail"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/vt-veiligheidsbeoordelingen/{id}/goedkeuring": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Uitkomst van de veiligheidsbeoordeling goedkeuren (teamleider, niet de opsteller) */
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
                        /** @enum {boolean} */
                        akkoord: true;
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
                        "application/json": components["schemas"]["VtZaakDetail"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/vt-zaken": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Werklijsten van het team: wachtrij (nieuw, op termijn), mijn zaken, te laat, wacht op bevestiging van overdracht */
        get: {
            parameters: {
                query?: {
                    lijst?: "wachtrij" | "mijn" | "te-laat" | "wacht-op-overdracht" | "open" | "alle";
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
                            items: {
                                /** @description Acuut en nog niet opgepakt */
                                acuutOpen: boolean;
                                behandelaar: {
                                    id: string;
                                    naam: string;
                                } | null;
                                /** @enum {string} */
                                bron: "meldcode" | "professional" | "burger";
                                deadline: string | null;
                                id: string;
                                kinderen: string[];
                                nummer: number;
                                onderzoekStreefdatum: string | null;
                                onderzoekTeLaat: boolean;
                                ontvangenAt: string;
                                /** @enum {string} */
                                soort: "advies" | "melding";
                                /** @enum {string} */
                                status: "advies" | "veiligheidsbeoordeling" | "vb_ter_goedkeuring" | "onderzoek" | "besluit_ter_goedkeuring" | "overdracht" | "monitoring" | "afgesloten";
                                veiligheidsbeoordelingTeLaat: boolean;
                                vtMeldingId: string | null;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Advies of melding vastleggen (telefonisch van een professional, of van een burger) */
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
                        /** @default false */
                        acuut?: boolean;
                        /**
                         * @description Alleen bij advies van een burger: geen identiteit vastgelegd
                         * @default false
                         */
                        anoniem?: boolean;
                        /**
                         * @description De melder is bekend bij Veilig Thuis, niet bij het gezin
                         * @default false
                         */
                        anonimiteitToegezegd?: boolean;
                        /** @default [] */
                        betrokkenen?: {
                            bsn?: string;
                            naam?: string;
                            /** @enum {string} */
                            rol: "kind" | "ouder" | "verzorger" | "huisgenoot" | "vermoedelijke_pleger" | "overig";
                            toelichting?: string;
                        }[];
                        /**
                         * @description Telefonisch of anders buiten Kindveilig; meldingen uit Kindveilig komen via de meldcode binnen
                         * @enum {string}
                         */
                        bron: "professional" | "burger";
                        melder?: {
                            /** Format: email */
                            email?: string;
                            naam: string;
                            organisatie?: string;
                            /** @description Bijvoorbeeld buurvrouw, oom, leerkracht */
                            relatie: string;
                            telefoon?: string;
                        };
                        /** @enum {string} */
                        soort: "advies" | "melding";
                        /** @default true */
                        terugkoppelingGewenst?: boolean;
                        /** @description Waarover de adviesvrager of melder zich zorgen maakt */
                        zorg: string;
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
                        "application/json": components["schemas"]["VtZaakDetail"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/vt-zaken/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Eén zaak, volledig (alleen het Veilig Thuis-team) */
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
                        "application/json": components["schemas"]["VtZaakDetail"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Acuut markeren, anonimiteit toezeggen of de wens tot terugkoppeling vastleggen */
        patch: {
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
                        /** @enum {boolean} */
                        acuut?: true;
                        /**
                         * @description Een toezegging van anonimiteit kan niet worden ingetrokken
                         * @enum {boolean}
                         */
                        anonimiteitToegezegd?: true;
                        terugkoppelingGewenst?: boolean;
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
                        "application/json": components["schemas"]["VtZaakDetail"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/v1/vt-zaken/{id}/acute-actie": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Vastleggen wat er direct is gedaan bij een acute zaak */
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
                        actie: string;
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
                        "application/json": components["schemas"]["VtZaakDetail"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/vt-zaken/{id}/afsluiting": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Advies afronden, of monitoring afsluiten als de situatie stabiel veilig is */
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
                        reden: string;
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
                        "application/json": components["schemas"]["VtZaakDetail"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/vt-zaken/{id}/ambtshalve-melding": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Advies omzetten in een melding door Veilig Thuis zelf (ambtshalve), met de reden */
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
                        reden: string;
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
                        "application/json": components["schemas"]["VtZaakDetail"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/vt-zaken/{id}/besluiten": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Besluit na onderzoek voorstellen, met onderbouwing; gaat ter goedkeuring naar een teamleider */
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
                        besluiten: ("geen_actie" | "vrijwillige_hulp" | "raad" | "politie" | "huisverbod")[];
                        huisverbod?: {
                            /** @description Contactpersoon bij de gemeente (burgemeester) */
                            burgemeesterContact: string;
                            ingangsdatum: string;
                            uitTeHuizenPersoon: string;
                        };
                        onderbouwing: string;
                        overdracht?: {
                            /** @description Wat de ontvanger nodig heeft om verder te gaan */
                            informatie: string;
                            /** Format: uuid */
                            naarOrganisationId: string;
                            /**
                             * Format: uuid
                             * @description De regievoerder of vaste hulpverlener, als die bekend is
                             */
                            naarUserId?: string;
                            veiligheidsvoorwaarden: string[];
                        };
                        politie?: {
                            toelichting: string;
                        };
                        raad?: {
                            /** @description Waarom een beschermingsonderzoek nodig is */
                            vraag: string;
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
                        "application/json": components["schemas"]["VtZaakDetail"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/vt-zaken/{id}/betrokkenen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Directbetrokkene toevoegen (kind, ouder/verzorger, huisgenoot, vermoedelijke pleger) */
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
                        bsn?: string;
                        naam?: string;
                        /** @enum {string} */
                        rol: "kind" | "ouder" | "verzorger" | "huisgenoot" | "vermoedelijke_pleger" | "overig";
                        toelichting?: string;
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
                        "application/json": components["schemas"]["VtZaakDetail"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/vt-zaken/{id}/monitoring": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Monitoringsmoment plannen */
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
                        geplandOp: string;
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
                        "application/json": components["schemas"]["VtZaakDetail"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/vt-zaken/{id}/onderzoek/beoordelingen/{sectie}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Beoordelingsformulier (afwegingskader, tabel 3.1–3.3, ouderfactoren): per item zorg / sterk / n.v.t. / onbekend met notitie. Het oordeel is van de professional; er wordt niets berekend */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    sectie: "framework" | "tabel-3.1" | "tabel-3.2" | "tabel-3.3" | "ouderfactoren";
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description Item-id → oordeel; null wist een eerder oordeel */
                        antwoorden: {
                            [key: string]: {
                                notitie?: string;
                                /** @enum {string} */
                                waarde: "zorg" | "sterk" | "nvt" | "onbekend";
                            } | null;
                        };
                        /**
                         * Format: uuid
                         * @description Bij een formulier over één kind
                         */
                        kindId?: string;
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
                        "application/json": components["schemas"]["VtZaakDetail"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/vt-zaken/{id}/onderzoek/gesprekken": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Onderzoek: gesprek vastleggen */
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
                        aanwezigen: string;
                        afspraken: string;
                        besproken: string;
                        datum: string;
                        /** @enum {string} */
                        met: "ouders" | "kind";
                        /** Format: uuid */
                        personId?: string;
                        /** @default {} */
                        stappen?: {
                            [key: string]: string;
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
                        "application/json": components["schemas"]["VtZaakDetail"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/vt-zaken/{id}/onderzoek/informatie": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Onderzoek: informatie vastleggen */
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
                        bevindingen: string;
                        /** @enum {string} */
                        bron: "ouders" | "kind" | "familie" | "netwerk" | "school" | "kinderopvang" | "huisarts" | "jgz" | "politie" | "forensisch_arts" | "ggz" | "overig";
                        bronOmschrijving?: string;
                        datum: string;
                        /** @enum {string} */
                        grondslag: "toestemming" | "wettelijke_bevoegdheid";
                        grondslagToelichting?: string;
                        /** @enum {string} */
                        middel: "gesprek" | "observatie" | "dossieranalyse" | "vragenlijst";
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
                        "application/json": components["schemas"]["VtZaakDetail"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/vt-zaken/{id}/onderzoek/instrumenten": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Onderzoek: instrument vastleggen */
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
                        conclusie?: string;
                        ingevuldDoor: string;
                        ingevuldOp: string;
                        /**
                         * @description Een instrument uit seed 001 bijlage 3.1
                         * @enum {string}
                         */
                        instrument: "cfra" | "care-nl" | "delta-veiligheidslijst" | "lirik";
                        /** @description Het ingevulde formulier, item voor item; Kindveilig scoort niet */
                        items: {
                            [key: string]: string;
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
                        "application/json": components["schemas"]["VtZaakDetail"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/vt-zaken/{id}/onderzoek/plan": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Onderzoeksplan: welke informatie, van wie, met welke middelen */
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
                        onderzoeksplan: string;
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
                        "application/json": components["schemas"]["VtZaakDetail"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/vt-zaken/{id}/onderzoek/risicoscenarios": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Onderzoek: risicoscenario vastleggen */
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
                        /** @description Wie doet wat als het toch gebeurt */
                        alsHetGebeurt?: string;
                        /** @description Ernst voor het kind, 1–5 */
                        ernst: number;
                        /** @description Kans in procenten, 0–100 */
                        kans: number;
                        /** @enum {string} */
                        leidtTot?: "veiligheidsvoorwaarden" | "veiligheidsplan";
                        /** @description Oordeel van de professional, niet berekend */
                        meestRisicovol: boolean;
                        /** @description Wie doet wat om het te voorkomen */
                        voorkomen?: string;
                        /** @description Wat kan er gebeuren (aard) */
                        wat: string;
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
                        "application/json": components["schemas"]["VtZaakDetail"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/vt-zaken/{id}/onderzoek/vragen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Specifieke onderzoeksvraag toevoegen (na de zes standaardvragen) */
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
                        vraag: string;
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
                        "application/json": components["schemas"]["VtZaakDetail"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/vt-zaken/{id}/onderzoek/vragen/{nr}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Onderzoeksvraag beantwoorden: conclusie met bronnen, of de reden waarom ze niet te beantwoorden is */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    nr: number;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        bronnen?: string;
                        conclusie?: string;
                        redenNietBeantwoord?: string;
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
                        "application/json": components["schemas"]["VtZaakDetail"];
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/vt-zaken/{id}/raad-verzoek": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Verzoek tot onderzoek aan de Raad, met de bevindingen van het onderzoek (zonder beschermde melder) */
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
                /** @description Verzoek met vraag, betrokkenen, melding (zonder beschermde melder), veiligheidsbeoordeling, onderzoek en besluit */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            betrokkenen: {
                                bsn: string | null;
                                geboortedatum: string | null;
                                naam: string;
                                /** @enum {string} */
                                rol: "kind" | "ouder" | "verzorger" | "huisgenoot" | "vermoedelijke_pleger" | "overig";
                            }[];
                            /** @description Zonder de woorden van een melder aan wie anonimiteit is toegezegd */
                            melding: {
                                melder: string;
                                ontvangenAt: string;
                                zorg: string;
                            };
                            onderzoek: {
                                /** @description Per formulier (en kind): item-id → oordeel */
                                beoordelingen: {
                                    [key: string]: {
                                        [key: string]: {
                                            notitie?: string;
                                            /** @enum {string} */
                                            waarde: "zorg" | "sterk" | "nvt" | "onbekend";
                                        };
                                    };
                                };
                                gesprekken: {
                                    [key: string]: unknown;
                                }[];
                                gestartOp: string;
                                informatie: {
                                    [key: string]: unknown;
                                }[];
                                instrumenten: {
                                    [key: string]: unknown;
                                }[];
                                onderzoeksplan: string | null;
                                risicoscenarios: {
                                    [key: string]: unknown;
                                }[];
                                vragen: {
                                    bronnen: string | null;
                                    conclusie: string | null;
                                    nr: number;
                                    redenNietBeantwoord: string | null;
                                    standaard: boolean;
                                    vraag: string;
                                }[];
                            };
                            veiligheidsbeoordeling: {
                                /** @default [] */
                                alarmsignalen: string[];
                                /** @description Oordeel over de directe fysieke veiligheid */
                                directeVeiligheid: string;
                                onderbouwing: string;
                                redenen: string[];
                                /** @enum {string} */
                                uitkomst: "overdragen" | "vt_houdt" | "advies" | "beeindigen";
                            } | null;
                            vraag: string;
                            zaaknummer: number;
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
    "/api/v1/vt-zaken/{id}/raad-verzoek/pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Het verzoek aan de Raad als PDF */
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
                    content?: never;
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
    "/api/v1/vt-zaken/{id}/radar": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Radar: eerdere adviezen, meldingen, Verwijsindex-matches en Veilig Thuis-bemoeienis bij dit kind en huishouden */
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
                            huishouden: string[];
                            items: {
                                datum: string;
                                nummer: number | null;
                                organisatie: string;
                                samenvatting: string | null;
                                /** @enum {string} */
                                soort: "vt-advies" | "vt-melding" | "verwijsindex-kindmatch" | "verwijsindex-gezinsmatch";
                                status: string | null;
                                uitkomst: string | null;
                                wie: string[];
                                /** @description Alleen bij zaken van het eigen team */
                                zaakId: string | null;
                            }[];
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
    "/api/v1/vt-zaken/{id}/terugkoppelingen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Terugkoppeling aan de melder versturen (melder in Kindveilig: in het eigen dossier) */
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
                        kanaal?: "telefoon" | "brief" | "email";
                        /** @enum {string} */
                        moment: "na_veiligheidsbeoordeling" | "na_onderzoek";
                        tekst: string;
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
                        "application/json": components["schemas"]["VtZaakDetail"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/vt-zaken/{id}/terugkoppelingen/concept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Concepttekst van de terugkoppeling aan de melder, gemaakt uit de zaak */
        get: {
            parameters: {
                query: {
                    moment: "na_veiligheidsbeoordeling" | "na_onderzoek";
                };
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
                            tekst: string;
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
    "/api/v1/vt-zaken/{id}/toewijzing": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Zaak toewijzen aan een medewerker (teamleider), of zelf oppakken */
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
                        /** Format: uuid */
                        userId: string;
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
                        "application/json": components["schemas"]["VtZaakDetail"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/vt-zaken/{id}/veiligheidsbeoordelingen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Veiligheidsbeoordeling vastleggen met uitkomst; gaat ter goedkeuring naar een teamleider */
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
                        acuteOnveiligheid: boolean;
                        /** @default [] */
                        alarmsignalen?: string[];
                        alarmToelichting?: string;
                        /** @description Oordeel over de directe fysieke veiligheid */
                        directeVeiligheid: string;
                        onderbouwing: string;
                        overdracht?: {
                            /** @description Wat de ontvanger nodig heeft om verder te gaan */
                            informatie: string;
                            /** Format: uuid */
                            naarOrganisationId: string;
                            /**
                             * Format: uuid
                             * @description De regievoerder of vaste hulpverlener, als die bekend is
                             */
                            naarUserId?: string;
                            veiligheidsvoorwaarden: string[];
                        };
                        /** @default [] */
                        redenenVtHoudt?: ("directe_interventie" | "onduidelijk" | "ontkenning_weigering" | "te_weinig_informatie" | "anonimiteit")[];
                        structureleOnveiligheid: boolean;
                        toelichting: string;
                        /** @enum {string} */
                        uitkomst: "overdragen" | "vt_houdt" | "advies" | "beeindigen";
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
                        "application/json": components["schemas"]["VtZaakDetail"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/zorg-delen/conflict-van-plichten": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** De vragen van het conflict van plichten */
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
                            [key: string]: string;
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
    "/api/v1/zorg-delen/organisaties": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Organisaties waarmee een zorg gedeeld kan worden: alleen die met professionals die de zorg kunnen oppakken */
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
                                id: string;
                                municipalityCode: string;
                                name: string;
                                sector: string;
                            }[];
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
    "/api/v1/zorg-delingen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Zorgen die met mij (of mijn organisatie) zijn gedeeld, en die ik deelde */
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
                            ontvangen: {
                                acknowledgedAt: string | null;
                                acknowledgedBy: string | null;
                                child: {
                                    dateOfBirth: string;
                                    id: string;
                                    name: string;
                                };
                                consent: {
                                    by: string;
                                    date: string;
                                } | null;
                                createdAt: string;
                                dossierId: string | null;
                                feedback: string | null;
                                from: {
                                    email: string | null;
                                    name: string;
                                    organisation: string;
                                    phone: string | null;
                                };
                                id: string;
                                legalBasis: string;
                                message: string;
                                sentByMe: boolean;
                                toOrganisation: string;
                                toUser: string | null;
                            }[];
                            verzonden: {
                                acknowledgedAt: string | null;
                                acknowledgedBy: string | null;
                                child: {
                                    dateOfBirth: string;
                                    id: string;
                                    name: string;
                                };
                                consent: {
                                    by: string;
                                    date: string;
                                } | null;
                                createdAt: string;
                                dossierId: string | null;
                                feedback: string | null;
                                from: {
                                    email: string | null;
                                    name: string;
                                    organisation: string;
                                    phone: string | null;
                                };
                                id: string;
                                legalBasis: string;
                                message: string;
                                sentByMe: boolean;
                                toOrganisation: string;
                                toUser: string | null;
                            }[];
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
    "/api/v1/zorg-delingen/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Eén gedeelde zorg */
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
                            acknowledgedAt: string | null;
                            acknowledgedBy: string | null;
                            child: {
                                dateOfBirth: string;
                                id: string;
                                name: string;
                            };
                            consent: {
                                by: string;
                                date: string;
                            } | null;
                            createdAt: string;
                            dossierId: string | null;
                            feedback: string | null;
                            from: {
                                email: string | null;
                                name: string;
                                organisation: string;
                                phone: string | null;
                            };
                            id: string;
                            legalBasis: string;
                            message: string;
                            sentByMe: boolean;
                            toOrganisation: string;
                            toUser: string | null;
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
    "/api/v1/zorg-delingen/{id}/ontvangst": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Ontvangst bevestigen, met zo nodig een terugkoppeling die de afzender mag weten */
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
                        feedback?: string;
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
                            acknowledgedAt: string | null;
                            acknowledgedBy: string | null;
                            child: {
                                dateOfBirth: string;
                                id: string;
                                name: string;
                            };
                            consent: {
                                by: string;
                                date: string;
                            } | null;
                            createdAt: string;
                            dossierId: string | null;
                            feedback: string | null;
                            from: {
                                email: string | null;
                                name: string;
                                organisation: string;
                                phone: string | null;
                            };
                            id: string;
                            legalBasis: string;
                            message: string;
                            sentByMe: boolean;
                            toOrganisation: string;
                            toUser: string | null;
                        };
                    };
                };
            };
        };
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
        VtZaakDetail: {
            acuut: boolean;
            acuutActie: {
                actie: string;
                at: string;
                door: string | null;
            } | null;
            acuutOpen: boolean;
            ambtshalve: {
                at: string;
                door: string | null;
                reden: string;
            } | null;
            anoniemAdvies: boolean;
            anonimiteitToegezegd: boolean;
            behandelaar: {
                id: string;
                naam: string;
            } | null;
            besluiten: {
                gegevens: {
                    besluiten: ("geen_actie" | "vrijwillige_hulp" | "raad" | "politie" | "huisverbod")[];
                    huisverbod?: {
                        /** @description Contactpersoon bij de gemeente (burgemeester) */
                        burgemeesterContact: string;
                        ingangsdatum: string;
                        uitTeHuizenPersoon: string;
                    };
                    huisverbodTot?: string;
                    onderbouwing: string;
                    overdracht?: {
                        /** @description Wat de ontvanger nodig heeft om verder te gaan */
                        informatie: string;
                        /** Format: uuid */
                        naarOrganisationId: string;
                        /**
                         * Format: uuid
                         * @description De regievoerder of vaste hulpverlener, als die bekend is
                         */
                        naarUserId?: string;
                        veiligheidsvoorwaarden: string[];
                    };
                    politie?: {
                        toelichting: string;
                    };
                    raad?: {
                        /** @description Waarom een beschermingsonderzoek nodig is */
                        vraag: string;
                    };
                };
                goedgekeurdAt: string | null;
                goedgekeurdDoor: string | null;
                id: string;
                raadVerzoek: boolean;
                voorgesteldAt: string;
                voorgesteldDoor: string | null;
                voorgesteldDoorId: string;
            }[];
            betrokkenen: {
                bsn: string | null;
                geboortedatum: string | null;
                id: string;
                naam: string;
                personId: string | null;
                /** @enum {string} */
                rol: "kind" | "ouder" | "verzorger" | "huisgenoot" | "vermoedelijke_pleger" | "overig";
                toelichting: string | null;
            }[];
            /** @enum {string} */
            bron: "meldcode" | "professional" | "burger";
            deadline: string | null;
            eerdereOnderzoeken: {
                afgeslotenOp: string | null;
                gestartOp: string;
                ronde: number;
                streefdatum: string;
            }[];
            id: string;
            /** @description Alleen voor het Veilig Thuis-team */
            melder: {
                /** Format: email */
                email?: string;
                naam: string;
                organisatie?: string;
                /** @description Bijvoorbeeld buurvrouw, oom, leerkracht */
                relatie: string;
                telefoon?: string;
            } | null;
            melderInKindveilig: boolean;
            monitoring: {
                bevindingen: string | null;
                bevraagd: string | null;
                geplandOp: string;
                id: string;
                uitgevoerdOp: string | null;
                /** @enum {string|null} */
                uitkomst: "stabiel_veilig" | "niet_veilig" | null;
            }[];
            nummer: number;
            /** @description Het huidige (laatste) onderzoek */
            onderzoek: {
                afgeslotenOp: string | null;
                /** @description Per formulier (en kind): item-id → oordeel */
                beoordelingen: {
                    [key: string]: {
                        [key: string]: {
                            notitie?: string;
                            /** @enum {string} */
                            waarde: "zorg" | "sterk" | "nvt" | "onbekend";
                        };
                    };
                };
                gestartOp: string;
                id: string;
                onderzoeksplan: string | null;
                openVragen: number[];
                records: {
                    gegevens: {
                        [key: string]: unknown;
                    };
                    id: string;
                    /** @enum {string} */
                    soort: "informatie" | "risicoscenario" | "instrument" | "gesprek";
                    vastgelegdAt: string;
                    vastgelegdDoor: string | null;
                }[];
                ronde: number;
                streefdatum: string;
                teLaat: boolean;
                vragen: {
                    bronnen: string | null;
                    conclusie: string | null;
                    nr: number;
                    redenNietBeantwoord: string | null;
                    standaard: boolean;
                    vraag: string;
                }[];
            } | null;
            ontvangenAt: string;
            overdrachten: {
                bevestigdAt: string | null;
                bevestigdDoor: string | null;
                id: string;
                informatie: string;
                naarOrganisatie: string;
                naarUser: string | null;
                veiligheidsvoorwaarden: string[];
                verzondenAt: string;
            }[];
            /** @enum {string} */
            soort: "advies" | "melding";
            /**
             * @description advies → veiligheidsbeoordeling → vb_ter_goedkeuring → onderzoek → besluit_ter_goedkeuring → overdracht → monitoring → afgesloten
             * @enum {string}
             */
            status: "advies" | "veiligheidsbeoordeling" | "vb_ter_goedkeuring" | "onderzoek" | "besluit_ter_goedkeuring" | "overdracht" | "monitoring" | "afgesloten";
            terugkoppelingen: {
                door: string | null;
                id: string;
                /** @enum {string} */
                kanaal: "kindveilig" | "telefoon" | "brief" | "email";
                /** @enum {string} */
                moment: "na_veiligheidsbeoordeling" | "na_onderzoek";
                tekst: string;
                verzondenAt: string;
            }[];
            terugkoppelingGewenst: boolean;
            veiligheidsbeoordelingen: {
                gegevens: {
                    acuteOnveiligheid: boolean;
                    /** @default [] */
                    alarmsignalen: string[];
                    alarmToelichting?: string;
                    /** @description Oordeel over de directe fysieke veiligheid */
                    directeVeiligheid: string;
                    onderbouwing: string;
                    overdracht?: {
                        /** @description Wat de ontvanger nodig heeft om verder te gaan */
                        informatie: string;
                        /** Format: uuid */
                        naarOrganisationId: string;
                        /**
                         * Format: uuid
                         * @description De regievoerder of vaste hulpverlener, als die bekend is
                         */
                        naarUserId?: string;
                        veiligheidsvoorwaarden: string[];
                    };
                    /** @default [] */
                    redenenVtHoudt: ("directe_interventie" | "onduidelijk" | "ontkenning_weigering" | "te_weinig_informatie" | "anonimiteit")[];
                    structureleOnveiligheid: boolean;
                    toelichting: string;
                    /** @enum {string} */
                    uitkomst: "overdragen" | "vt_houdt" | "advies" | "beeindigen";
                };
                goedgekeurdAt: string | null;
                goedgekeurdDoor: string | null;
                id: string;
                ronde: number;
                /** @enum {string} */
                uitkomst: "overdragen" | "vt_houdt" | "advies" | "beeindigen";
                vastgelegdAt: string;
                vastgelegdDoor: string | null;
                vastgelegdDoorId: string;
            }[];
            veiligheidsbeoordelingTeLaat: boolean;
            vtMeldingId: string | null;
            zorg: string;
        };
        VtZaakDetailInput: {
            acuut: boolean;
            acuutActie: {
                actie: string;
                at: string;
                door: string | null;
            } | null;
            acuutOpen: boolean;
            ambtshalve: {
                at: string;
                door: string | null;
                reden: string;
            } | null;
            anoniemAdvies: boolean;
            anonimiteitToegezegd: boolean;
            behandelaar: {
                id: string;
                naam: string;
            } | null;
            besluiten: {
                gegevens: {
                    besluiten: ("geen_actie" | "vrijwillige_hulp" | "raad" | "politie" | "huisverbod")[];
                    huisverbod?: {
                        /** @description Contactpersoon bij de gemeente (burgemeester) */
                        burgemeesterContact: string;
                        ingangsdatum: string;
                        uitTeHuizenPersoon: string;
                    };
                    huisverbodTot?: string;
                    onderbouwing: string;
                    overdracht?: {
                        /** @description Wat de ontvanger nodig heeft om verder te gaan */
                        informatie: string;
                        /** Format: uuid */
                        naarOrganisationId: string;
                        /**
                         * Format: uuid
                         * @description De regievoerder of vaste hulpverlener, als die bekend is
                         */
                        naarUserId?: string;
                        veiligheidsvoorwaarden: string[];
                    };
                    politie?: {
                        toelichting: string;
                    };
                    raad?: {
                        /** @description Waarom een beschermingsonderzoek nodig is */
                        vraag: string;
                    };
                };
                goedgekeurdAt: string | null;
                goedgekeurdDoor: string | null;
                id: string;
                raadVerzoek: boolean;
                voorgesteldAt: string;
                voorgesteldDoor: string | null;
                voorgesteldDoorId: string;
            }[];
            betrokkenen: {
                bsn: string | null;
                geboortedatum: string | null;
                id: string;
                naam: string;
                personId: string | null;
                /** @enum {string} */
                rol: "kind" | "ouder" | "verzorger" | "huisgenoot" | "vermoedelijke_pleger" | "overig";
                toelichting: string | null;
            }[];
            /** @enum {string} */
            bron: "meldcode" | "professional" | "burger";
            deadline: string | null;
            eerdereOnderzoeken: {
                afgeslotenOp: string | null;
                gestartOp: string;
                ronde: number;
                streefdatum: string;
            }[];
            id: string;
            /** @description Alleen voor het Veilig Thuis-team */
            melder: {
                /** Format: email */
                email?: string;
                naam: string;
                organisatie?: string;
                /** @description Bijvoorbeeld buurvrouw, oom, leerkracht */
                relatie: string;
                telefoon?: string;
            } | null;
            melderInKindveilig: boolean;
            monitoring: {
                bevindingen: string | null;
                bevraagd: string | null;
                geplandOp: string;
                id: string;
                uitgevoerdOp: string | null;
                /** @enum {string|null} */
                uitkomst: "stabiel_veilig" | "niet_veilig" | null;
            }[];
            nummer: number;
            /** @description Het huidige (laatste) onderzoek */
            onderzoek: {
                afgeslotenOp: string | null;
                /** @description Per formulier (en kind): item-id → oordeel */
                beoordelingen: {
                    [key: string]: {
                        [key: string]: {
                            notitie?: string;
                            /** @enum {string} */
                            waarde: "zorg" | "sterk" | "nvt" | "onbekend";
                        };
                    };
                };
                gestartOp: string;
                id: string;
                onderzoeksplan: string | null;
                openVragen: number[];
                records: {
                    gegevens: {
                        [key: string]: unknown;
                    };
                    id: string;
                    /** @enum {string} */
                    soort: "informatie" | "risicoscenario" | "instrument" | "gesprek";
                    vastgelegdAt: string;
                    vastgelegdDoor: string | null;
                }[];
                ronde: number;
                streefdatum: string;
                teLaat: boolean;
                vragen: {
                    bronnen: string | null;
                    conclusie: string | null;
                    nr: number;
                    redenNietBeantwoord: string | null;
                    standaard: boolean;
                    vraag: string;
                }[];
            } | null;
            ontvangenAt: string;
            overdrachten: {
                bevestigdAt: string | null;
                bevestigdDoor: string | null;
                id: string;
                informatie: string;
                naarOrganisatie: string;
                naarUser: string | null;
                veiligheidsvoorwaarden: string[];
                verzondenAt: string;
            }[];
            /** @enum {string} */
            soort: "advies" | "melding";
            /**
             * @description advies → veiligheidsbeoordeling → vb_ter_goedkeuring → onderzoek → besluit_ter_goedkeuring → overdracht → monitoring → afgesloten
             * @enum {string}
             */
            status: "advies" | "veiligheidsbeoordeling" | "vb_ter_goedkeuring" | "onderzoek" | "besluit_ter_goedkeuring" | "overdracht" | "monitoring" | "afgesloten";
            terugkoppelingen: {
                door: string | null;
                id: string;
                /** @enum {string} */
                kanaal: "kindveilig" | "telefoon" | "brief" | "email";
                /** @enum {string} */
                moment: "na_veiligheidsbeoordeling" | "na_onderzoek";
                tekst: string;
                verzondenAt: string;
            }[];
            terugkoppelingGewenst: boolean;
            veiligheidsbeoordelingen: {
                gegevens: {
                    acuteOnveiligheid: boolean;
                    /** @default [] */
                    alarmsignalen: string[];
                    alarmToelichting?: string;
                    /** @description Oordeel over de directe fysieke veiligheid */
                    directeVeiligheid: string;
                    onderbouwing: string;
                    overdracht?: {
                        /** @description Wat de ontvanger nodig heeft om verder te gaan */
                        informatie: string;
                        /** Format: uuid */
                        naarOrganisationId: string;
                        /**
                         * Format: uuid
                         * @description De regievoerder of vaste hulpverlener, als die bekend is
                         */
                        naarUserId?: string;
                        veiligheidsvoorwaarden: string[];
                    };
                    /** @default [] */
                    redenenVtHoudt: ("directe_interventie" | "onduidelijk" | "ontkenning_weigering" | "te_weinig_informatie" | "anonimiteit")[];
                    structureleOnveiligheid: boolean;
                    toelichting: string;
                    /** @enum {string} */
                    uitkomst: "overdragen" | "vt_houdt" | "advies" | "beeindigen";
                };
                goedgekeurdAt: string | null;
                goedgekeurdDoor: string | null;
                id: string;
                ronde: number;
                /** @enum {string} */
                uitkomst: "overdragen" | "vt_houdt" | "advies" | "beeindigen";
                vastgelegdAt: string;
                vastgelegdDoor: string | null;
                vastgelegdDoorId: string;
            }[];
            veiligheidsbeoordelingTeLaat: boolean;
            vtMeldingId: string | null;
            zorg: string;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
