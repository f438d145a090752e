/** Stripe's JSON error body. */
export interface StripeErrorBody {
  error: {
    type: 'invalid_request_error' | 'api_error' | 'card_error' | 'idempotency_error';
    code?: string;
    message: string;
    param?: string;
    doc_url?: string;
    decline_code?: string;
  };
}

/** A status and body to answer with. */
export interface StripeErrorAnswer {
  status: number;
  body: StripeErrorBody;
}

/**
 * Redacts a key the way Stripe does inside its own error messages: the prefix, asterisks, and the
 * last four characters.
 */
export function stripeStyleRedact(key: string): string {
  const prefix = /^[a-z]{2,5}_(test|live)_/.exec(key)?.[0] ?? '';
  const body = key.slice(prefix.length);
  if (body.length <= 4) return `${prefix}****`;
  return `${prefix}${'*'.repeat(body.length - 4)}${body.slice(-4)}`;
}

/** 401: no key in the request. */
export function missingKey(): StripeErrorAnswer {
  return {
    status: 401,
    body: {
      error: {
        type: 'invalid_request_error',
        message:
          "You did not provide an API key. You need to provide your API key in the Authorization header, using Bearer auth (e.g. 'Authorization: Bearer YOUR_SECRET_KEY'). See https://stripe.com/docs/api#authentication for details, or we can help at https://support.stripe.com/.",
      },
    },
  };
}

/** 401: a key Stripe does not know (never created, deleted, or mistyped). */
export function invalidKey(key: string): StripeErrorAnswer {
  return {
    status: 401,
    body: {
      error: {
        type: 'invalid_request_error',
        message: `Invalid API Key provided: ${stripeStyleRedact(key)}`,
      },
    },
  };
}

/** 401 `api_key_expired`: a key that was rolled and whose expiry has passed. */
export function expiredKey(key: string): StripeErrorAnswer {
  return {
    status: 401,
    body: {
      error: {
        type: 'invalid_request_error',
        code: 'api_key_expired',
        doc_url: 'https://stripe.com/docs/error-codes/api-key-expired',
        message: `Expired API Key provided: ${stripeStyleRedact(key)}`,
      },
    },
  };
}

/** 401: the sandbox is test mode only. */
export function liveKeyRefused(key: string): StripeErrorAnswer {
  return {
    status: 401,
    body: {
      error: {
        type: 'invalid_request_error',
        message: `Invalid API Key provided: ${stripeStyleRedact(key)}. This Stripe sandbox only accepts test mode keys (rk_test_...); live mode keys never work here.`,
      },
    },
  };
}

/** 403: a restricted key without the permission the endpoint needs. */
export function permissionMissing(
  key: string,
  account: string,
  permission: string,
): StripeErrorAnswer {
  return {
    status: 403,
    body: {
      error: {
        type: 'invalid_request_error',
        message: `The provided key '${stripeStyleRedact(key)}' does not have the required permissions for this endpoint on account '${account}'. Having the 'rak_${permission}' permission would allow this request to continue.`,
      },
    },
  };
}

/** 400 `parameter_missing`. */
export function parameterMissing(param: string, message?: string): StripeErrorAnswer {
  return {
    status: 400,
    body: {
      error: {
        type: 'invalid_request_error',
        code: 'parameter_missing',
        doc_url: 'https://stripe.com/docs/error-codes/parameter-missing',
        message: message ?? `Missing required param: ${param}.`,
        param,
      },
    },
  };
}

/** 404 `resource_missing` for a PaymentIntent (the emulator has none). */
export function noSuchPaymentIntent(id: string): StripeErrorAnswer {
  return {
    status: 404,
    body: {
      error: {
        type: 'invalid_request_error',
        code: 'resource_missing',
        doc_url: 'https://stripe.com/docs/error-codes/resource-missing',
        message: `No such payment_intent: '${id.slice(0, 255)}'`,
        param: 'payment_intent',
      },
    },
  };
}

/** 400 `resource_missing`: a token that is not on the charging account (or does not exist). */
export function noSuchToken(id: string): StripeErrorAnswer {
  return {
    status: 400,
    body: {
      error: {
        type: 'invalid_request_error',
        code: 'resource_missing',
        doc_url: 'https://stripe.com/docs/error-codes/resource-missing',
        message: `No such token: '${id.slice(0, 255)}'`,
        param: 'source',
      },
    },
  };
}

/** 400 `token_already_used`: a token is good for one charge. */
export function tokenAlreadyUsed(id: string): StripeErrorAnswer {
  return {
    status: 400,
    body: {
      error: {
        type: 'invalid_request_error',
        code: 'token_already_used',
        doc_url: 'https://stripe.com/docs/error-codes/token-already-used',
        message: `You cannot use a Stripe token more than once: ${id.slice(0, 255)}.`,
        param: 'source',
      },
    },
  };
}

/** 403: a publishable key used for anything but making tokens. */
export function publishableKeyRefused(): StripeErrorAnswer {
  return {
    status: 403,
    body: {
      error: {
        type: 'invalid_request_error',
        message:
          'This API call cannot be made with a publishable API key. Please use a secret API key. You can find a list of your API keys at https://dashboard.stripe.com/account/apikeys.',
      },
    },
  };
}

/** 400 `parameter_invalid_integer` for an amount below 1. */
export function invalidPositiveInteger(param: string): StripeErrorAnswer {
  return {
    status: 400,
    body: {
      error: {
        type: 'invalid_request_error',
        code: 'parameter_invalid_integer',
        doc_url: 'https://stripe.com/docs/error-codes/parameter-invalid-integer',
        message: 'Invalid positive integer',
        param,
      },
    },
  };
}

/** 402 `card_error`, as Stripe answers a card problem (at tokenization or when charging). */
export function cardError(
  code: string,
  message: string,
  extra: { param?: string; declineCode?: string } = {},
): StripeErrorAnswer {
  return {
    status: 402,
    body: {
      error: {
        type: 'card_error',
        code,
        doc_url: `https://stripe.com/docs/error-codes/${code.replaceAll('_', '-')}`,
        message,
        ...(extra.param ? { param: extra.param } : {}),
        ...(extra.declineCode ? { decline_code: extra.declineCode } : {}),
      },
    },
  };
}

/** 429 `rate_limit`. */
export function rateLimited(): StripeErrorAnswer {
  return {
    status: 429,
    body: {
      error: {
        type: 'invalid_request_error',
        code: 'rate_limit',
        doc_url: 'https://stripe.com/docs/error-codes/rate-limit',
        message:
          'Request rate limit exceeded. Learn more about rate limits here https://stripe.com/docs/rate-limits.',
      },
    },
  };
}

/** Any other status, as Stripe words it for its class (5xx: `api_error`). */
export function genericError(status: number): StripeErrorAnswer {
  if (status === 429) return rateLimited();
  if (status >= 500) {
    return {
      status,
      body: {
        error: {
          type: 'api_error',
          message:
            'An unknown error occurred. Please try again later, or contact Stripe support if the problem persists.',
        },
      },
    };
  }
  return {
    status,
    body: {
      error: { type: 'invalid_request_error', message: `The request failed (HTTP ${status}).` },
    },
  };
}
