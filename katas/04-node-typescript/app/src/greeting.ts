// What relay answers, kept apart from the HTTP plumbing so the types carry the shape of a reply.

export interface Reply {
    status: number;
    body: string;
}

export interface Counter {
    readonly served: number;
    next(): number;
}

export function counter(): Counter {
    let served = 0;
    return {
        get served() {
            return served;
        },
        next() {
            served += 1;
            return served;
        },
    };
}

export function replyTo(path: string | undefined, requests: Counter): Reply {
    switch (path) {
        case "/":
            return {
                status: 200,
                body: `hello from the dojo (TypeScript on Node ${process.versions.node}, request ${requests.next()})\n`,
            };
        case "/healthz":
            return { status: 200, body: "ok\n" };
        default:
            return { status: 404, body: "not found\n" };
    }
}
