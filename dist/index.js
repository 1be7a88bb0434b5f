import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 770:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {

module.exports = __nccwpck_require__(218);


/***/ }),

/***/ 218:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var net = __nccwpck_require__(9278);
var tls = __nccwpck_require__(4756);
var http = __nccwpck_require__(8611);
var https = __nccwpck_require__(5692);
var events = __nccwpck_require__(4434);
var assert = __nccwpck_require__(2613);
var util = __nccwpck_require__(9023);


exports.httpOverHttp = httpOverHttp;
exports.httpsOverHttp = httpsOverHttp;
exports.httpOverHttps = httpOverHttps;
exports.httpsOverHttps = httpsOverHttps;


function httpOverHttp(options) {
  var agent = new TunnelingAgent(options);
  agent.request = http.request;
  return agent;
}

function httpsOverHttp(options) {
  var agent = new TunnelingAgent(options);
  agent.request = http.request;
  agent.createSocket = createSecureSocket;
  agent.defaultPort = 443;
  return agent;
}

function httpOverHttps(options) {
  var agent = new TunnelingAgent(options);
  agent.request = https.request;
  return agent;
}

function httpsOverHttps(options) {
  var agent = new TunnelingAgent(options);
  agent.request = https.request;
  agent.createSocket = createSecureSocket;
  agent.defaultPort = 443;
  return agent;
}


function TunnelingAgent(options) {
  var self = this;
  self.options = options || {};
  self.proxyOptions = self.options.proxy || {};
  self.maxSockets = self.options.maxSockets || http.Agent.defaultMaxSockets;
  self.requests = [];
  self.sockets = [];

  self.on('free', function onFree(socket, host, port, localAddress) {
    var options = toOptions(host, port, localAddress);
    for (var i = 0, len = self.requests.length; i < len; ++i) {
      var pending = self.requests[i];
      if (pending.host === options.host && pending.port === options.port) {
        // Detect the request to connect same origin server,
        // reuse the connection.
        self.requests.splice(i, 1);
        pending.request.onSocket(socket);
        return;
      }
    }
    socket.destroy();
    self.removeSocket(socket);
  });
}
util.inherits(TunnelingAgent, events.EventEmitter);

TunnelingAgent.prototype.addRequest = function addRequest(req, host, port, localAddress) {
  var self = this;
  var options = mergeOptions({request: req}, self.options, toOptions(host, port, localAddress));

  if (self.sockets.length >= this.maxSockets) {
    // We are over limit so we'll add it to the queue.
    self.requests.push(options);
    return;
  }

  // If we are under maxSockets create a new one.
  self.createSocket(options, function(socket) {
    socket.on('free', onFree);
    socket.on('close', onCloseOrRemove);
    socket.on('agentRemove', onCloseOrRemove);
    req.onSocket(socket);

    function onFree() {
      self.emit('free', socket, options);
    }

    function onCloseOrRemove(err) {
      self.removeSocket(socket);
      socket.removeListener('free', onFree);
      socket.removeListener('close', onCloseOrRemove);
      socket.removeListener('agentRemove', onCloseOrRemove);
    }
  });
};

TunnelingAgent.prototype.createSocket = function createSocket(options, cb) {
  var self = this;
  var placeholder = {};
  self.sockets.push(placeholder);

  var connectOptions = mergeOptions({}, self.proxyOptions, {
    method: 'CONNECT',
    path: options.host + ':' + options.port,
    agent: false,
    headers: {
      host: options.host + ':' + options.port
    }
  });
  if (options.localAddress) {
    connectOptions.localAddress = options.localAddress;
  }
  if (connectOptions.proxyAuth) {
    connectOptions.headers = connectOptions.headers || {};
    connectOptions.headers['Proxy-Authorization'] = 'Basic ' +
        new Buffer(connectOptions.proxyAuth).toString('base64');
  }

  debug('making CONNECT request');
  var connectReq = self.request(connectOptions);
  connectReq.useChunkedEncodingByDefault = false; // for v0.6
  connectReq.once('response', onResponse); // for v0.6
  connectReq.once('upgrade', onUpgrade);   // for v0.6
  connectReq.once('connect', onConnect);   // for v0.7 or later
  connectReq.once('error', onError);
  connectReq.end();

  function onResponse(res) {
    // Very hacky. This is necessary to avoid http-parser leaks.
    res.upgrade = true;
  }

  function onUpgrade(res, socket, head) {
    // Hacky.
    process.nextTick(function() {
      onConnect(res, socket, head);
    });
  }

  function onConnect(res, socket, head) {
    connectReq.removeAllListeners();
    socket.removeAllListeners();

    if (res.statusCode !== 200) {
      debug('tunneling socket could not be established, statusCode=%d',
        res.statusCode);
      socket.destroy();
      var error = new Error('tunneling socket could not be established, ' +
        'statusCode=' + res.statusCode);
      error.code = 'ECONNRESET';
      options.request.emit('error', error);
      self.removeSocket(placeholder);
      return;
    }
    if (head.length > 0) {
      debug('got illegal response body from proxy');
      socket.destroy();
      var error = new Error('got illegal response body from proxy');
      error.code = 'ECONNRESET';
      options.request.emit('error', error);
      self.removeSocket(placeholder);
      return;
    }
    debug('tunneling connection has established');
    self.sockets[self.sockets.indexOf(placeholder)] = socket;
    return cb(socket);
  }

  function onError(cause) {
    connectReq.removeAllListeners();

    debug('tunneling socket could not be established, cause=%s\n',
          cause.message, cause.stack);
    var error = new Error('tunneling socket could not be established, ' +
                          'cause=' + cause.message);
    error.code = 'ECONNRESET';
    options.request.emit('error', error);
    self.removeSocket(placeholder);
  }
};

TunnelingAgent.prototype.removeSocket = function removeSocket(socket) {
  var pos = this.sockets.indexOf(socket)
  if (pos === -1) {
    return;
  }
  this.sockets.splice(pos, 1);

  var pending = this.requests.shift();
  if (pending) {
    // If we have pending requests and a socket gets closed a new one
    // needs to be created to take over in the pool for the one that closed.
    this.createSocket(pending, function(socket) {
      pending.request.onSocket(socket);
    });
  }
};

function createSecureSocket(options, cb) {
  var self = this;
  TunnelingAgent.prototype.createSocket.call(self, options, function(socket) {
    var hostHeader = options.request.getHeader('host');
    var tlsOptions = mergeOptions({}, self.options, {
      socket: socket,
      servername: hostHeader ? hostHeader.replace(/:.*$/, '') : options.host
    });

    // 0 is dummy port for v0.6
    var secureSocket = tls.connect(0, tlsOptions);
    self.sockets[self.sockets.indexOf(socket)] = secureSocket;
    cb(secureSocket);
  });
}


function toOptions(host, port, localAddress) {
  if (typeof host === 'string') { // since v0.10
    return {
      host: host,
      port: port,
      localAddress: localAddress
    };
  }
  return host; // for v0.11 or later
}

function mergeOptions(target) {
  for (var i = 1, len = arguments.length; i < len; ++i) {
    var overrides = arguments[i];
    if (typeof overrides === 'object') {
      var keys = Object.keys(overrides);
      for (var j = 0, keyLen = keys.length; j < keyLen; ++j) {
        var k = keys[j];
        if (overrides[k] !== undefined) {
          target[k] = overrides[k];
        }
      }
    }
  }
  return target;
}


var debug;
if (process.env.NODE_DEBUG && /\btunnel\b/.test(process.env.NODE_DEBUG)) {
  debug = function() {
    var args = Array.prototype.slice.call(arguments);
    if (typeof args[0] === 'string') {
      args[0] = 'TUNNEL: ' + args[0];
    } else {
      args.unshift('TUNNEL:');
    }
    console.error.apply(console, args);
  }
} else {
  debug = function() {};
}
exports.debug = debug; // for test


/***/ }),

/***/ 6593:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  e: () => (/* binding */ run)
});

// UNUSED EXPORTS: execute

// EXTERNAL MODULE: external "os"
var external_os_ = __nccwpck_require__(857);
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/utils.js
// We use any as a valid input type
/* eslint-disable @typescript-eslint/no-explicit-any */
/**
 * Sanitizes an input into a string so it can be passed into issueCommand safely
 * @param input input to sanitize into a string
 */
function utils_toCommandValue(input) {
    if (input === null || input === undefined) {
        return '';
    }
    else if (typeof input === 'string' || input instanceof String) {
        return input;
    }
    return JSON.stringify(input);
}
/**
 *
 * @param annotationProperties
 * @returns The command properties to send with the actual annotation command
 * See IssueCommandProperties: https://github.com/actions/runner/blob/main/src/Runner.Worker/ActionCommandManager.cs#L646
 */
function utils_toCommandProperties(annotationProperties) {
    if (!Object.keys(annotationProperties).length) {
        return {};
    }
    return {
        title: annotationProperties.title,
        file: annotationProperties.file,
        line: annotationProperties.startLine,
        endLine: annotationProperties.endLine,
        col: annotationProperties.startColumn,
        endColumn: annotationProperties.endColumn
    };
}
//# sourceMappingURL=utils.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/command.js


/**
 * Issues a command to the GitHub Actions runner
 *
 * @param command - The command name to issue
 * @param properties - Additional properties for the command (key-value pairs)
 * @param message - The message to include with the command
 * @remarks
 * This function outputs a specially formatted string to stdout that the Actions
 * runner interprets as a command. These commands can control workflow behavior,
 * set outputs, create annotations, mask values, and more.
 *
 * Command Format:
 *   ::name key=value,key=value::message
 *
 * @example
 * ```typescript
 * // Issue a warning annotation
 * issueCommand('warning', {}, 'This is a warning message');
 * // Output: ::warning::This is a warning message
 *
 * // Set an environment variable
 * issueCommand('set-env', { name: 'MY_VAR' }, 'some value');
 * // Output: ::set-env name=MY_VAR::some value
 *
 * // Add a secret mask
 * issueCommand('add-mask', {}, 'secretValue123');
 * // Output: ::add-mask::secretValue123
 * ```
 *
 * @internal
 * This is an internal utility function that powers the public API functions
 * such as setSecret, warning, error, and exportVariable.
 */
function command_issueCommand(command, properties, message) {
    const cmd = new Command(command, properties, message);
    process.stdout.write(cmd.toString() + external_os_.EOL);
}
function command_issue(name, message = '') {
    command_issueCommand(name, {}, message);
}
const CMD_STRING = '::';
class Command {
    constructor(command, properties, message) {
        if (!command) {
            command = 'missing.command';
        }
        this.command = command;
        this.properties = properties;
        this.message = message;
    }
    toString() {
        let cmdStr = CMD_STRING + this.command;
        if (this.properties && Object.keys(this.properties).length > 0) {
            cmdStr += ' ';
            let first = true;
            for (const key in this.properties) {
                if (this.properties.hasOwnProperty(key)) {
                    const val = this.properties[key];
                    if (val) {
                        if (first) {
                            first = false;
                        }
                        else {
                            cmdStr += ',';
                        }
                        cmdStr += `${key}=${escapeProperty(val)}`;
                    }
                }
            }
        }
        cmdStr += `${CMD_STRING}${escapeData(this.message)}`;
        return cmdStr;
    }
}
function escapeData(s) {
    return utils_toCommandValue(s)
        .replace(/%/g, '%25')
        .replace(/\r/g, '%0D')
        .replace(/\n/g, '%0A');
}
function escapeProperty(s) {
    return utils_toCommandValue(s)
        .replace(/%/g, '%25')
        .replace(/\r/g, '%0D')
        .replace(/\n/g, '%0A')
        .replace(/:/g, '%3A')
        .replace(/,/g, '%2C');
}
//# sourceMappingURL=command.js.map
// EXTERNAL MODULE: external "crypto"
var external_crypto_ = __nccwpck_require__(6982);
// EXTERNAL MODULE: external "fs"
var external_fs_ = __nccwpck_require__(9896);
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/file-command.js
// For internal use, subject to change.
// We use any as a valid input type
/* eslint-disable @typescript-eslint/no-explicit-any */




function file_command_issueFileCommand(command, message) {
    const filePath = process.env[`GITHUB_${command}`];
    if (!filePath) {
        throw new Error(`Unable to find environment variable for file command ${command}`);
    }
    if (!external_fs_.existsSync(filePath)) {
        throw new Error(`Missing file at path: ${filePath}`);
    }
    external_fs_.appendFileSync(filePath, `${utils_toCommandValue(message)}${external_os_.EOL}`, {
        encoding: 'utf8'
    });
}
function file_command_prepareKeyValueMessage(key, value) {
    const delimiter = `ghadelimiter_${external_crypto_.randomUUID()}`;
    const convertedValue = utils_toCommandValue(value);
    // These should realistically never happen, but just in case someone finds a
    // way to exploit uuid generation let's not allow keys or values that contain
    // the delimiter.
    if (key.includes(delimiter)) {
        throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
    }
    if (convertedValue.includes(delimiter)) {
        throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
    }
    return `${key}<<${delimiter}${external_os_.EOL}${convertedValue}${external_os_.EOL}${delimiter}`;
}
//# sourceMappingURL=file-command.js.map
// EXTERNAL MODULE: external "path"
var external_path_ = __nccwpck_require__(6928);
// EXTERNAL MODULE: ./node_modules/@actions/http-client/lib/index.js + 1 modules
var lib = __nccwpck_require__(4942);
;// CONCATENATED MODULE: ./node_modules/@actions/http-client/lib/auth.js
var __awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};
class BasicCredentialHandler {
    constructor(username, password) {
        this.username = username;
        this.password = password;
    }
    prepareRequest(options) {
        if (!options.headers) {
            throw Error('The request has no headers');
        }
        options.headers['Authorization'] = `Basic ${Buffer.from(`${this.username}:${this.password}`).toString('base64')}`;
    }
    // This handler cannot handle 401
    canHandleAuthentication() {
        return false;
    }
    handleAuthentication() {
        return __awaiter(this, void 0, void 0, function* () {
            throw new Error('not implemented');
        });
    }
}
class auth_BearerCredentialHandler {
    constructor(token) {
        this.token = token;
    }
    // currently implements pre-authorization
    // TODO: support preAuth = false where it hooks on 401
    prepareRequest(options) {
        if (!options.headers) {
            throw Error('The request has no headers');
        }
        options.headers['Authorization'] = `Bearer ${this.token}`;
    }
    // This handler cannot handle 401
    canHandleAuthentication() {
        return false;
    }
    handleAuthentication() {
        return __awaiter(this, void 0, void 0, function* () {
            throw new Error('not implemented');
        });
    }
}
class PersonalAccessTokenCredentialHandler {
    constructor(token) {
        this.token = token;
    }
    // currently implements pre-authorization
    // TODO: support preAuth = false where it hooks on 401
    prepareRequest(options) {
        if (!options.headers) {
            throw Error('The request has no headers');
        }
        options.headers['Authorization'] = `Basic ${Buffer.from(`PAT:${this.token}`).toString('base64')}`;
    }
    // This handler cannot handle 401
    canHandleAuthentication() {
        return false;
    }
    handleAuthentication() {
        return __awaiter(this, void 0, void 0, function* () {
            throw new Error('not implemented');
        });
    }
}
//# sourceMappingURL=auth.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/oidc-utils.js
var oidc_utils_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};



class oidc_utils_OidcClient {
    static createHttpClient(allowRetry = true, maxRetry = 10) {
        const requestOptions = {
            allowRetries: allowRetry,
            maxRetries: maxRetry
        };
        return new HttpClient('actions/oidc-client', [new BearerCredentialHandler(oidc_utils_OidcClient.getRequestToken())], requestOptions);
    }
    static getRequestToken() {
        const token = process.env['ACTIONS_ID_TOKEN_REQUEST_TOKEN'];
        if (!token) {
            throw new Error('Unable to get ACTIONS_ID_TOKEN_REQUEST_TOKEN env variable');
        }
        return token;
    }
    static getIDTokenUrl() {
        const runtimeUrl = process.env['ACTIONS_ID_TOKEN_REQUEST_URL'];
        if (!runtimeUrl) {
            throw new Error('Unable to get ACTIONS_ID_TOKEN_REQUEST_URL env variable');
        }
        return runtimeUrl;
    }
    static getCall(id_token_url) {
        return oidc_utils_awaiter(this, void 0, void 0, function* () {
            var _a;
            const httpclient = oidc_utils_OidcClient.createHttpClient();
            const res = yield httpclient
                .getJson(id_token_url)
                .catch(error => {
                throw new Error(`Failed to get ID Token. \n 
        Error Code : ${error.statusCode}\n 
        Error Message: ${error.message}`);
            });
            const id_token = (_a = res.result) === null || _a === void 0 ? void 0 : _a.value;
            if (!id_token) {
                throw new Error('Response json body do not have ID Token field');
            }
            return id_token;
        });
    }
    static getIDToken(audience) {
        return oidc_utils_awaiter(this, void 0, void 0, function* () {
            try {
                // New ID Token is requested from action service
                let id_token_url = oidc_utils_OidcClient.getIDTokenUrl();
                if (audience) {
                    const encodedAudience = encodeURIComponent(audience);
                    id_token_url = `${id_token_url}&audience=${encodedAudience}`;
                }
                debug(`ID token url is ${id_token_url}`);
                const id_token = yield oidc_utils_OidcClient.getCall(id_token_url);
                setSecret(id_token);
                return id_token;
            }
            catch (error) {
                throw new Error(`Error message: ${error.message}`);
            }
        });
    }
}
//# sourceMappingURL=oidc-utils.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/summary.js
var summary_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};


const { access, appendFile, writeFile } = external_fs_.promises;
const SUMMARY_ENV_VAR = 'GITHUB_STEP_SUMMARY';
const SUMMARY_DOCS_URL = 'https://docs.github.com/actions/using-workflows/workflow-commands-for-github-actions#adding-a-job-summary';
class Summary {
    constructor() {
        this._buffer = '';
    }
    /**
     * Finds the summary file path from the environment, rejects if env var is not found or file does not exist
     * Also checks r/w permissions.
     *
     * @returns step summary file path
     */
    filePath() {
        return summary_awaiter(this, void 0, void 0, function* () {
            if (this._filePath) {
                return this._filePath;
            }
            const pathFromEnv = process.env[SUMMARY_ENV_VAR];
            if (!pathFromEnv) {
                throw new Error(`Unable to find environment variable for $${SUMMARY_ENV_VAR}. Check if your runtime environment supports job summaries.`);
            }
            try {
                yield access(pathFromEnv, external_fs_.constants.R_OK | external_fs_.constants.W_OK);
            }
            catch (_a) {
                throw new Error(`Unable to access summary file: '${pathFromEnv}'. Check if the file has correct read/write permissions.`);
            }
            this._filePath = pathFromEnv;
            return this._filePath;
        });
    }
    /**
     * Wraps content in an HTML tag, adding any HTML attributes
     *
     * @param {string} tag HTML tag to wrap
     * @param {string | null} content content within the tag
     * @param {[attribute: string]: string} attrs key-value list of HTML attributes to add
     *
     * @returns {string} content wrapped in HTML element
     */
    wrap(tag, content, attrs = {}) {
        const htmlAttrs = Object.entries(attrs)
            .map(([key, value]) => ` ${key}="${value}"`)
            .join('');
        if (!content) {
            return `<${tag}${htmlAttrs}>`;
        }
        return `<${tag}${htmlAttrs}>${content}</${tag}>`;
    }
    /**
     * Writes text in the buffer to the summary buffer file and empties buffer. Will append by default.
     *
     * @param {SummaryWriteOptions} [options] (optional) options for write operation
     *
     * @returns {Promise<Summary>} summary instance
     */
    write(options) {
        return summary_awaiter(this, void 0, void 0, function* () {
            const overwrite = !!(options === null || options === void 0 ? void 0 : options.overwrite);
            const filePath = yield this.filePath();
            const writeFunc = overwrite ? writeFile : appendFile;
            yield writeFunc(filePath, this._buffer, { encoding: 'utf8' });
            return this.emptyBuffer();
        });
    }
    /**
     * Clears the summary buffer and wipes the summary file
     *
     * @returns {Summary} summary instance
     */
    clear() {
        return summary_awaiter(this, void 0, void 0, function* () {
            return this.emptyBuffer().write({ overwrite: true });
        });
    }
    /**
     * Returns the current summary buffer as a string
     *
     * @returns {string} string of summary buffer
     */
    stringify() {
        return this._buffer;
    }
    /**
     * If the summary buffer is empty
     *
     * @returns {boolen} true if the buffer is empty
     */
    isEmptyBuffer() {
        return this._buffer.length === 0;
    }
    /**
     * Resets the summary buffer without writing to summary file
     *
     * @returns {Summary} summary instance
     */
    emptyBuffer() {
        this._buffer = '';
        return this;
    }
    /**
     * Adds raw text to the summary buffer
     *
     * @param {string} text content to add
     * @param {boolean} [addEOL=false] (optional) append an EOL to the raw text (default: false)
     *
     * @returns {Summary} summary instance
     */
    addRaw(text, addEOL = false) {
        this._buffer += text;
        return addEOL ? this.addEOL() : this;
    }
    /**
     * Adds the operating system-specific end-of-line marker to the buffer
     *
     * @returns {Summary} summary instance
     */
    addEOL() {
        return this.addRaw(external_os_.EOL);
    }
    /**
     * Adds an HTML codeblock to the summary buffer
     *
     * @param {string} code content to render within fenced code block
     * @param {string} lang (optional) language to syntax highlight code
     *
     * @returns {Summary} summary instance
     */
    addCodeBlock(code, lang) {
        const attrs = Object.assign({}, (lang && { lang }));
        const element = this.wrap('pre', this.wrap('code', code), attrs);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML list to the summary buffer
     *
     * @param {string[]} items list of items to render
     * @param {boolean} [ordered=false] (optional) if the rendered list should be ordered or not (default: false)
     *
     * @returns {Summary} summary instance
     */
    addList(items, ordered = false) {
        const tag = ordered ? 'ol' : 'ul';
        const listItems = items.map(item => this.wrap('li', item)).join('');
        const element = this.wrap(tag, listItems);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML table to the summary buffer
     *
     * @param {SummaryTableCell[]} rows table rows
     *
     * @returns {Summary} summary instance
     */
    addTable(rows) {
        const tableBody = rows
            .map(row => {
            const cells = row
                .map(cell => {
                if (typeof cell === 'string') {
                    return this.wrap('td', cell);
                }
                const { header, data, colspan, rowspan } = cell;
                const tag = header ? 'th' : 'td';
                const attrs = Object.assign(Object.assign({}, (colspan && { colspan })), (rowspan && { rowspan }));
                return this.wrap(tag, data, attrs);
            })
                .join('');
            return this.wrap('tr', cells);
        })
            .join('');
        const element = this.wrap('table', tableBody);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds a collapsable HTML details element to the summary buffer
     *
     * @param {string} label text for the closed state
     * @param {string} content collapsable content
     *
     * @returns {Summary} summary instance
     */
    addDetails(label, content) {
        const element = this.wrap('details', this.wrap('summary', label) + content);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML image tag to the summary buffer
     *
     * @param {string} src path to the image you to embed
     * @param {string} alt text description of the image
     * @param {SummaryImageOptions} options (optional) addition image attributes
     *
     * @returns {Summary} summary instance
     */
    addImage(src, alt, options) {
        const { width, height } = options || {};
        const attrs = Object.assign(Object.assign({}, (width && { width })), (height && { height }));
        const element = this.wrap('img', null, Object.assign({ src, alt }, attrs));
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML section heading element
     *
     * @param {string} text heading text
     * @param {number | string} [level=1] (optional) the heading level, default: 1
     *
     * @returns {Summary} summary instance
     */
    addHeading(text, level) {
        const tag = `h${level}`;
        const allowedTag = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'].includes(tag)
            ? tag
            : 'h1';
        const element = this.wrap(allowedTag, text);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML thematic break (<hr>) to the summary buffer
     *
     * @returns {Summary} summary instance
     */
    addSeparator() {
        const element = this.wrap('hr', null);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML line break (<br>) to the summary buffer
     *
     * @returns {Summary} summary instance
     */
    addBreak() {
        const element = this.wrap('br', null);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML blockquote to the summary buffer
     *
     * @param {string} text quote text
     * @param {string} cite (optional) citation url
     *
     * @returns {Summary} summary instance
     */
    addQuote(text, cite) {
        const attrs = Object.assign({}, (cite && { cite }));
        const element = this.wrap('blockquote', text, attrs);
        return this.addRaw(element).addEOL();
    }
    /**
     * Adds an HTML anchor tag to the summary buffer
     *
     * @param {string} text link text/content
     * @param {string} href hyperlink
     *
     * @returns {Summary} summary instance
     */
    addLink(text, href) {
        const element = this.wrap('a', text, { href });
        return this.addRaw(element).addEOL();
    }
}
const _summary = new Summary();
/**
 * @deprecated use `core.summary`
 */
const markdownSummary = (/* unused pure expression or super */ null && (_summary));
const summary = _summary;
//# sourceMappingURL=summary.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/path-utils.js

/**
 * toPosixPath converts the given path to the posix form. On Windows, \\ will be
 * replaced with /.
 *
 * @param pth. Path to transform.
 * @return string Posix path.
 */
function toPosixPath(pth) {
    return pth.replace(/[\\]/g, '/');
}
/**
 * toWin32Path converts the given path to the win32 form. On Linux, / will be
 * replaced with \\.
 *
 * @param pth. Path to transform.
 * @return string Win32 path.
 */
function toWin32Path(pth) {
    return pth.replace(/[/]/g, '\\');
}
/**
 * toPlatformPath converts the given path to a platform-specific path. It does
 * this by replacing instances of / and \ with the platform-specific path
 * separator.
 *
 * @param pth The path to platformize.
 * @return string The platform-specific path.
 */
function toPlatformPath(pth) {
    return pth.replace(/[/\\]/g, path.sep);
}
//# sourceMappingURL=path-utils.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/platform.js
var platform_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};


const getWindowsInfo = () => platform_awaiter(void 0, void 0, void 0, function* () {
    const { stdout: version } = yield exec.getExecOutput('powershell -command "(Get-CimInstance -ClassName Win32_OperatingSystem).Version"', undefined, {
        silent: true
    });
    const { stdout: name } = yield exec.getExecOutput('powershell -command "(Get-CimInstance -ClassName Win32_OperatingSystem).Caption"', undefined, {
        silent: true
    });
    return {
        name: name.trim(),
        version: version.trim()
    };
});
const getMacOsInfo = () => platform_awaiter(void 0, void 0, void 0, function* () {
    var _a, _b, _c, _d;
    const { stdout } = yield exec.getExecOutput('sw_vers', undefined, {
        silent: true
    });
    const version = (_b = (_a = stdout.match(/ProductVersion:\s*(.+)/)) === null || _a === void 0 ? void 0 : _a[1]) !== null && _b !== void 0 ? _b : '';
    const name = (_d = (_c = stdout.match(/ProductName:\s*(.+)/)) === null || _c === void 0 ? void 0 : _c[1]) !== null && _d !== void 0 ? _d : '';
    return {
        name,
        version
    };
});
const getLinuxInfo = () => platform_awaiter(void 0, void 0, void 0, function* () {
    const { stdout } = yield exec.getExecOutput('lsb_release', ['-i', '-r', '-s'], {
        silent: true
    });
    const [name, version] = stdout.trim().split('\n');
    return {
        name,
        version
    };
});
const platform = external_os_.platform();
const arch = external_os_.arch();
const isWindows = platform === 'win32';
const isMacOS = platform === 'darwin';
const isLinux = platform === 'linux';
function getDetails() {
    return platform_awaiter(this, void 0, void 0, function* () {
        return Object.assign(Object.assign({}, (yield (isWindows
            ? getWindowsInfo()
            : isMacOS
                ? getMacOsInfo()
                : getLinuxInfo()))), { platform,
            arch,
            isWindows,
            isMacOS,
            isLinux });
    });
}
//# sourceMappingURL=platform.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/core.js
var core_awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};






/**
 * The code to exit an action
 */
var ExitCode;
(function (ExitCode) {
    /**
     * A code indicating that the action was successful
     */
    ExitCode[ExitCode["Success"] = 0] = "Success";
    /**
     * A code indicating that the action was a failure
     */
    ExitCode[ExitCode["Failure"] = 1] = "Failure";
})(ExitCode || (ExitCode = {}));
//-----------------------------------------------------------------------
// Variables
//-----------------------------------------------------------------------
/**
 * Sets env variable for this action and future actions in the job
 * @param name the name of the variable to set
 * @param val the value of the variable. Non-string values will be converted to a string via JSON.stringify
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function exportVariable(name, val) {
    const convertedVal = toCommandValue(val);
    process.env[name] = convertedVal;
    const filePath = process.env['GITHUB_ENV'] || '';
    if (filePath) {
        return issueFileCommand('ENV', prepareKeyValueMessage(name, val));
    }
    issueCommand('set-env', { name }, convertedVal);
}
/**
 * Registers a secret which will get masked from logs
 *
 * @param secret - Value of the secret to be masked
 * @remarks
 * This function instructs the Actions runner to mask the specified value in any
 * logs produced during the workflow run. Once registered, the secret value will
 * be replaced with asterisks (***) whenever it appears in console output, logs,
 * or error messages.
 *
 * This is useful for protecting sensitive information such as:
 * - API keys
 * - Access tokens
 * - Authentication credentials
 * - URL parameters containing signatures (SAS tokens)
 *
 * Note that masking only affects future logs; any previous appearances of the
 * secret in logs before calling this function will remain unmasked.
 *
 * @example
 * ```typescript
 * // Register an API token as a secret
 * const apiToken = "abc123xyz456";
 * setSecret(apiToken);
 *
 * // Now any logs containing this value will show *** instead
 * console.log(`Using token: ${apiToken}`); // Outputs: "Using token: ***"
 * ```
 */
function core_setSecret(secret) {
    command_issueCommand('add-mask', {}, secret);
}
/**
 * Prepends inputPath to the PATH (for this action and future actions)
 * @param inputPath
 */
function addPath(inputPath) {
    const filePath = process.env['GITHUB_PATH'] || '';
    if (filePath) {
        issueFileCommand('PATH', inputPath);
    }
    else {
        issueCommand('add-path', {}, inputPath);
    }
    process.env['PATH'] = `${inputPath}${path.delimiter}${process.env['PATH']}`;
}
/**
 * Gets the value of an input.
 * Unless trimWhitespace is set to false in InputOptions, the value is also trimmed.
 * Returns an empty string if the value is not defined.
 *
 * @param     name     name of the input to get
 * @param     options  optional. See InputOptions.
 * @returns   string
 */
function getInput(name, options) {
    const val = process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] || '';
    if (options && options.required && !val) {
        throw new Error(`Input required and not supplied: ${name}`);
    }
    if (options && options.trimWhitespace === false) {
        return val;
    }
    return val.trim();
}
/**
 * Gets the values of an multiline input.  Each value is also trimmed.
 *
 * @param     name     name of the input to get
 * @param     options  optional. See InputOptions.
 * @returns   string[]
 *
 */
function getMultilineInput(name, options) {
    const inputs = getInput(name, options)
        .split('\n')
        .filter(x => x !== '');
    if (options && options.trimWhitespace === false) {
        return inputs;
    }
    return inputs.map(input => input.trim());
}
/**
 * Gets the input value of the boolean type in the YAML 1.2 "core schema" specification.
 * Support boolean input list: `true | True | TRUE | false | False | FALSE` .
 * The return value is also in boolean type.
 * ref: https://yaml.org/spec/1.2/spec.html#id2804923
 *
 * @param     name     name of the input to get
 * @param     options  optional. See InputOptions.
 * @returns   boolean
 */
function getBooleanInput(name, options) {
    const trueValue = ['true', 'True', 'TRUE'];
    const falseValue = ['false', 'False', 'FALSE'];
    const val = getInput(name, options);
    if (trueValue.includes(val))
        return true;
    if (falseValue.includes(val))
        return false;
    throw new TypeError(`Input does not meet YAML 1.2 "Core Schema" specification: ${name}\n` +
        `Support boolean input list: \`true | True | TRUE | false | False | FALSE\``);
}
/**
 * Sets the value of an output.
 *
 * @param     name     name of the output to set
 * @param     value    value to store. Non-string values will be converted to a string via JSON.stringify
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function setOutput(name, value) {
    const filePath = process.env['GITHUB_OUTPUT'] || '';
    if (filePath) {
        return file_command_issueFileCommand('OUTPUT', file_command_prepareKeyValueMessage(name, value));
    }
    process.stdout.write(external_os_.EOL);
    command_issueCommand('set-output', { name }, utils_toCommandValue(value));
}
/**
 * Enables or disables the echoing of commands into stdout for the rest of the step.
 * Echoing is disabled by default if ACTIONS_STEP_DEBUG is not set.
 *
 */
function setCommandEcho(enabled) {
    issue('echo', enabled ? 'on' : 'off');
}
//-----------------------------------------------------------------------
// Results
//-----------------------------------------------------------------------
/**
 * Sets the action status to failed.
 * When the action exits it will be with an exit code of 1
 * @param message add error issue message
 */
function setFailed(message) {
    process.exitCode = ExitCode.Failure;
    error(message);
}
//-----------------------------------------------------------------------
// Logging Commands
//-----------------------------------------------------------------------
/**
 * Gets whether Actions Step Debug is on or not
 */
function isDebug() {
    return process.env['RUNNER_DEBUG'] === '1';
}
/**
 * Writes debug message to user log
 * @param message debug message
 */
function core_debug(message) {
    issueCommand('debug', {}, message);
}
/**
 * Adds an error issue
 * @param message error issue message. Errors will be converted to string via toString()
 * @param properties optional properties to add to the annotation.
 */
function error(message, properties = {}) {
    command_issueCommand('error', utils_toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
/**
 * Adds a warning issue
 * @param message warning issue message. Errors will be converted to string via toString()
 * @param properties optional properties to add to the annotation.
 */
function warning(message, properties = {}) {
    command_issueCommand('warning', utils_toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
/**
 * Adds a notice issue
 * @param message notice issue message. Errors will be converted to string via toString()
 * @param properties optional properties to add to the annotation.
 */
function notice(message, properties = {}) {
    issueCommand('notice', toCommandProperties(properties), message instanceof Error ? message.toString() : message);
}
/**
 * Writes info to log with console.log.
 * @param message info message
 */
function info(message) {
    process.stdout.write(message + external_os_.EOL);
}
/**
 * Begin an output group.
 *
 * Output until the next `groupEnd` will be foldable in this group
 *
 * @param name The name of the output group
 */
function startGroup(name) {
    issue('group', name);
}
/**
 * End an output group.
 */
function endGroup() {
    issue('endgroup');
}
/**
 * Wrap an asynchronous function call in a group.
 *
 * Returns the same type as the function itself.
 *
 * @param name The name of the group
 * @param fn The function to wrap in the group
 */
function group(name, fn) {
    return core_awaiter(this, void 0, void 0, function* () {
        startGroup(name);
        let result;
        try {
            result = yield fn();
        }
        finally {
            endGroup();
        }
        return result;
    });
}
//-----------------------------------------------------------------------
// Wrapper action state
//-----------------------------------------------------------------------
/**
 * Saves state for current action, the state can only be retrieved by this action's post job execution.
 *
 * @param     name     name of the state to store
 * @param     value    value to store. Non-string values will be converted to a string via JSON.stringify
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function saveState(name, value) {
    const filePath = process.env['GITHUB_STATE'] || '';
    if (filePath) {
        return issueFileCommand('STATE', prepareKeyValueMessage(name, value));
    }
    issueCommand('save-state', { name }, toCommandValue(value));
}
/**
 * Gets the value of an state set by this action's main execution.
 *
 * @param     name     name of the state to get
 * @returns   string
 */
function getState(name) {
    return process.env[`STATE_${name}`] || '';
}
function getIDToken(aud) {
    return core_awaiter(this, void 0, void 0, function* () {
        return yield OidcClient.getIDToken(aud);
    });
}
/**
 * Summary exports
 */

/**
 * @deprecated use core.summary
 */

/**
 * Path exports
 */

/**
 * Platform utilities exports
 */

//# sourceMappingURL=core.js.map
// EXTERNAL MODULE: ./src/core/cancel.ts
var core_cancel = __nccwpck_require__(9317);
// EXTERNAL MODULE: ./src/core/errors.ts
var errors = __nccwpck_require__(4296);
// EXTERNAL MODULE: ./src/core/log.ts
var log = __nccwpck_require__(4325);
// EXTERNAL MODULE: ./src/cloud/documents.ts
var documents = __nccwpck_require__(9599);
// EXTERNAL MODULE: ./src/cloud/errors.ts
var cloud_errors = __nccwpck_require__(1246);
// EXTERNAL MODULE: ./src/http/failure.ts
var http_failure = __nccwpck_require__(2398);
// EXTERNAL MODULE: ./src/http/retry.ts
var retry = __nccwpck_require__(8902);
// EXTERNAL MODULE: ./src/http/transport.ts + 1 modules
var transport = __nccwpck_require__(3860);
;// CONCATENATED MODULE: ./src/cloud/transport.ts



/** The URL as it may be shown: without user info, which could hold a credential. */
function displayUrl(url) {
    try {
        const shown = new URL(url);
        shown.username = '';
        shown.password = '';
        return shown.toString();
    }
    catch {
        return '(not a URL)';
    }
}
/**
 * fetch for graphql-request that answers only with what a GraphQL client can read (200 or 400 JSON) and turns
 * everything else into the error classes at the HTTP level: the status, the Retry-After, the kind of network
 * failure, an HTML page where JSON was due. graphql-request never sees (or quotes) those bodies.
 */
function cloudFetch(endpoint) {
    const where = `input "api-endpoint" (${displayUrl(endpoint)})`;
    return async (input, init) => {
        let response;
        try {
            response = await (0,transport/* httpFetch */.tX)(input, init);
        }
        catch (error) {
            const failure = (0,http_failure/* networkFailure */.rd)(error);
            if (failure.kind === 'transient')
                throw failure.error;
            if (failure.kind === 'unreachable') {
                throw new cloud_errors/* EndpointError */.cY(`The host of ${where} ${failure.reason}: check the URL and any proxy.`, failure.code);
            }
            throw new cloud_errors/* CloudError */.K2(`The request to ${where} failed: ${failure.message}`, failure.code);
        }
        const { status } = response;
        const transient = (0,http_failure/* transientStatus */.fO)(status, response.headers.get('retry-after'));
        if (transient)
            throw transient;
        if (status === 401 || status === 403) {
            throw new cloud_errors/* AuthError */.lR(authMessage(`HTTP ${status}`), 'auth');
        }
        if (status === 404 || status === 405) {
            throw new cloud_errors/* EndpointError */.cY(`${where} answered HTTP ${status}: it is not the Hasura Cloud API's GraphQL URL ` +
                '(https://data.pro.hasura.io/v1/graphql). Check the input.', `http-${status}`);
        }
        const type = response.headers.get('content-type') ?? '';
        if (!/json/i.test(type)) {
            const text = await response.text();
            const what = /html/i.test(type) || /^\s*</.test(text) ? 'an HTML page' : `"${type || 'no content type'}"`;
            throw new cloud_errors/* EndpointError */.cY(`${where} answered HTTP ${status} with ${what}, not the JSON of the Hasura Cloud API: ` +
                'check the input (a proxy or captive portal can answer this way too).', `http-${status}`);
        }
        if (status >= 500) {
            // Not a gateway status: the server failed while serving, and may have acted. Not retried.
            throw new cloud_errors/* CloudError */.K2(`Hasura Cloud answered HTTP ${status}`, `http-${status}`);
        }
        return response;
    };
}
function authMessage(detail) {
    return (`Hasura Cloud rejected the token in input "pat" (${detail}). ` +
        'Check that the secret holds a valid personal access token (Hasura Cloud > Account settings > Access tokens).');
}

;// CONCATENATED MODULE: ./src/cloud/client.ts





const AUTH_CODES = new Set(['access-denied', 'invalid-headers', 'invalid-jwt', 'jwt-invalid-claims', 'unauthorized']);
const UNKNOWN_FIELD = /not found in type|has no argument named|Cannot query field|Unknown argument|Unknown type/i;
const PAGE = 100;
let graphqlRequest;
/**
 * graphql-request, loaded with the first call (its own chunk of the bundle, where it is given the Headers it builds
 * requests with: see scripts/bundle.mjs); a run that fails on its inputs never loads it.
 */
function loadGraphqlRequest() {
    graphqlRequest ??= Promise.all(/* import() */[__nccwpck_require__.e(860), __nccwpck_require__.e(261)]).then(__nccwpck_require__.bind(__nccwpck_require__, 7261));
    return graphqlRequest;
}
/** The Hasura Cloud API: one method per operation, one retry policy, errors sorted into classes. */
class CloudClient {
    gql;
    pat;
    requestTimeoutMs;
    policy;
    hooks;
    onEnvRead;
    /** As shown in messages (no user info). */
    endpoint;
    apiEndpoint;
    constructor(options) {
        this.endpoint = displayUrl(options.endpoint);
        this.apiEndpoint = options.endpoint;
        this.pat = options.pat;
        this.requestTimeoutMs = options.requestTimeoutMs ?? 20_000;
        this.policy = options.policy ?? retry/* DEFAULT_RETRY_POLICY */.cO;
        this.hooks = options.hooks ?? {};
        this.onEnvRead = options.onEnvRead ?? (() => { });
    }
    /** The tenant and its project, or null when there is no such tenant. */
    async getTenant(id) {
        const data = await this.call(documents/* DOCUMENTS */.f.getTenant, { id });
        return data.tenant_by_pk;
    }
    /** The tenant and its env in one round trip; TenantNotFound when there is no such tenant. */
    async readTenant(id) {
        let data;
        try {
            data = await this.call(documents/* DOCUMENTS */.f.readTenant, { id });
        }
        catch (error) {
            throw await this.notFoundOr(id, error);
        }
        if (!data.tenant_by_pk)
            throw new cloud_errors/* TenantNotFound */.Yy(id);
        if (!data.getTenantEnv)
            throw new cloud_errors/* ApiRejected */.dI(`getTenantEnv answered nothing for tenant ${id}.`);
        return { tenant: data.tenant_by_pk, env: this.env(data.getTenantEnv) };
    }
    async getTenantEnv(tenantId) {
        let data;
        try {
            data = await this.call(documents/* DOCUMENTS */.f.getTenantEnv, { tenantId });
        }
        catch (error) {
            throw await this.notFoundOr(tenantId, error);
        }
        if (!data.getTenantEnv)
            throw new cloud_errors/* TenantNotFound */.Yy(tenantId);
        return this.env(data.getTenantEnv);
    }
    /** Every project of the account, oldest first. */
    async listProjects() {
        const data = await this.call(documents/* DOCUMENTS */.f.listProjects, {});
        return data.projects.map(toSummary);
    }
    /** The account's projects with exactly this name (0 or 1: names are unique). */
    async findProjects(name) {
        const data = await this.call(documents/* DOCUMENTS */.f.findProjects, { name });
        return data.projects.filter((project) => project.name === name).map(toSummary);
    }
    /** The account's projects whose name matches a SQL LIKE pattern, every page. */
    async findProjectsLike(pattern) {
        const found = [];
        for (let offset = 0;; offset += PAGE) {
            const data = await this.call(documents/* DOCUMENTS */.f.listPreviewProjects, {
                pattern,
                limit: PAGE,
                offset
            });
            found.push(...data.projects.map(toSummary));
            if (data.projects.length < PAGE)
                return found;
        }
    }
    /**
     * Never sent twice blindly: retried only when the request surely was not carried out (429, 503, connection
     * refused). A refusal (ApiRejected, AuthError, EndpointError, UnknownFieldError) means nothing was made; any other
     * failure, an answer without the tenant included, is an AmbiguousWrite for the caller to resolve.
     */
    async createTenant(args) {
        const variables = { cloud: args.cloud, region: args.region };
        // Left out, not null: the account's default plan applies.
        if (args.plan)
            variables.plan = args.plan;
        let data;
        try {
            data = await this.call(documents/* DOCUMENTS */.f.createTenant, variables, { retryable: (error) => !error.mayHaveActed });
        }
        catch (error) {
            if ((0,cloud_errors/* isRefusal */.vu)(error))
                throw error;
            const reason = error instanceof Error ? error.message : String(error);
            throw new cloud_errors/* AmbiguousWrite */.OH(`createTenant failed (${reason}) after the request may have reached Hasura Cloud.`);
        }
        const created = data.createTenant;
        if (!created?.id)
            throw new cloud_errors/* AmbiguousWrite */.OH('createTenant answered without the tenant it made.');
        const tenant = created.tenant;
        if (!tenant?.project) {
            const read = await this.getTenant(created.id);
            if (!read)
                throw new cloud_errors/* AmbiguousWrite */.OH(`createTenant answered tenant ${created.id}, which cannot be read back.`);
            return { tenant: read };
        }
        return {
            tenant: { id: tenant.id, slug: tenant.slug, project: tenant.project },
            hash: tenant.config?.hash
        };
    }
    /** Rename a project; null when the API answers no project (unknown id). A refused name is an ApiRejected. */
    async renameProject(projectId, name) {
        const data = await this.call(documents/* DOCUMENTS */.f.renameProject, {
            id: projectId,
            name
        });
        return data.update_projects_by_pk;
    }
    /**
     * Deletes the tenant. The error for an unknown tenant is not documented, so after a failure tenant_by_pk
     * decides: a tenant that is gone is 'not-found' (or 'deleted', when an earlier try of ours may have done it).
     */
    async deleteTenant(tenantId) {
        let mayHaveDeleted = false;
        try {
            await this.call(documents/* DOCUMENTS */.f.deleteTenant, { tenantId }, {
                onRetry: (error) => {
                    mayHaveDeleted ||= error.mayHaveActed;
                }
            });
            return 'deleted';
        }
        catch (error) {
            if ((0,cloud_errors/* isRefusalOfCaller */.Z4)(error))
                throw error;
            if (error instanceof http_failure/* TransientError */.N_)
                mayHaveDeleted ||= error.mayHaveActed;
            if ((await this.getTenant(tenantId)) !== null)
                throw error;
            return mayHaveDeleted || !(error instanceof cloud_errors/* ApiRejected */.dI) ? 'deleted' : 'not-found';
        }
    }
    /** Upserts the given keys. Hash-guarded, so a retry after an unknown outcome cannot apply twice. */
    async updateTenantEnv(tenantId, currentHash, envs) {
        const data = await this.guardedWrite('updateTenantEnv', documents/* DOCUMENTS */.f.updateTenantEnv, {
            tenantId,
            currentHash,
            envs
        });
        return this.env(data.updateTenantEnv);
    }
    async deleteTenantEnv(tenantId, currentHash, keys) {
        const data = await this.guardedWrite('deleteTenantEnv', documents/* DOCUMENTS */.f.deleteTenantEnv, {
            tenantId,
            currentHash,
            deleteEnvs: keys
        });
        return this.env(data.deleteTenantEnv);
    }
    /** Send any document (check's introspection and probes): the same transport, classes and retries. */
    request(document, variables) {
        return this.call(document, variables);
    }
    /**
     * A hash-guarded env write, retried freely: a try that acted makes the hash stale, so nothing applies twice.
     * But then the retry is rejected although the write went through, so a failure after a try that may have
     * acted is an AmbiguousWrite: the caller must re-read to learn whether it was applied.
     */
    async guardedWrite(field, document, variables) {
        let acted;
        try {
            return await this.call(document, variables, {
                onRetry: (error) => {
                    if (error.mayHaveActed)
                        acted ??= error;
                }
            });
        }
        catch (error) {
            if (error instanceof http_failure/* TransientError */.N_ && error.mayHaveActed)
                acted ??= error;
            if (acted && error instanceof http_failure/* CallError */.RA && !(0,cloud_errors/* isRefusalOfCaller */.Z4)(error)) {
                const then = error === acted ? '' : `, then: ${error.message}`;
                throw new cloud_errors/* AmbiguousWrite */.OH(`${field} may have been applied (${acted.message}${then})`, error.code);
            }
            throw error;
        }
    }
    /**
     * For an unknown tenant, every operation but tenant_by_pk fails with an undocumented text: after a refusal,
     * tenant_by_pk decides whether the tenant is gone (TenantNotFound) or the refusal stands.
     */
    async notFoundOr(tenantId, error) {
        if (error instanceof cloud_errors/* ApiRejected */.dI && (await this.getTenant(tenantId)) === null)
            return new cloud_errors/* TenantNotFound */.Yy(tenantId);
        return error;
    }
    env(raw) {
        const env = toTenantEnv(raw);
        this.onEnvRead(env.vars);
        return env;
    }
    async call(document, variables, options = {}) {
        // Loaded before the clock starts: the retry budget and the request timeout are the API's.
        const gql = await this.graphql();
        const started = Date.now();
        let tries = 1;
        const hooks = {
            ...this.hooks,
            onRetry: (error, attempt, delayMs) => {
                tries = attempt + 1;
                options.onRetry?.(error);
                this.hooks.onRetry?.(error, attempt, delayMs);
            }
        };
        return (0,retry/* withRetry */.bD)(async (remainingMs) => {
            const timeoutMs = Math.min(this.requestTimeoutMs, remainingMs);
            try {
                return await gql.client.request({
                    document: document.text,
                    variables,
                    signal: AbortSignal.timeout(timeoutMs)
                });
            }
            catch (error) {
                throw classify(error, timeoutMs, gql.ClientError);
            }
        }, this.policy, hooks, options.retryable).catch((error) => {
            if (!(error instanceof http_failure/* TransientError */.N_))
                throw error;
            // The bare "HTTP 503" of the last try leaves users stuck: say where, how long, and what to do.
            const seconds = Math.round((Date.now() - started) / 1000);
            const where = `input "api-endpoint" (${this.endpoint})`;
            let message;
            if (error.code === 'timeout') {
                message =
                    `Hasura Cloud did not answer within ${seconds} s at ${where}: it may be down, or unreachable from this ` +
                        'runner (check the URL and any proxy).';
            }
            else if (tries > 1) {
                message =
                    `Hasura Cloud at ${where} still failed after ${tries} tries in ${seconds} s (last: ${error.message}): it may ` +
                        'be down or overloaded; re-run the job later.';
            }
            else if (error.retryAfterMs !== undefined &&
                error.retryAfterMs >= this.policy.budgetMs - (Date.now() - started)) {
                message =
                    `Hasura Cloud at ${where} answered ${error.message} and asked to retry after ` +
                        `${Math.round(error.retryAfterMs / 1000)} s, longer than the ${Math.round(this.policy.budgetMs / 1000)} s ` +
                        'the action waits: re-run the job later.';
            }
            if (message === undefined)
                throw error;
            throw new http_failure/* TransientError */.N_(message, error.code ?? 'transient', error.mayHaveActed, error.retryAfterMs);
        });
    }
    async graphql() {
        if (!this.gql) {
            const { GraphQLClient, ClientError } = await loadGraphqlRequest();
            const client = new GraphQLClient(this.apiEndpoint, {
                headers: { authorization: `pat ${this.pat}` },
                // A FetchAnswer is all of a Response that graphql-request reads (see httpFetch).
                fetch: cloudFetch(this.apiEndpoint),
                // Our documents hold one operation each: no need for graphql-request to parse them to find its name.
                excludeOperationName: true
            });
            this.gql ??= { client, ClientError };
        }
        return this.gql;
    }
}
function toSummary(project) {
    return {
        id: project.id,
        name: project.name,
        endpoint: project.endpoint,
        createdAt: project.created_at,
        tenantId: project.tenant?.id
    };
}
/** Both shapes seen in the wild: the map under "environment" (current), or a flat map (older). */
function toTenantEnv(raw) {
    let vars = raw.envVars;
    if (typeof vars === 'string')
        vars = JSON.parse(vars);
    if (vars &&
        typeof vars === 'object' &&
        'environment' in vars &&
        typeof vars.environment === 'object') {
        vars = vars.environment;
    }
    // Null prototype: a key such as `__proto__` must stay an ordinary key, not vanish into the prototype.
    const flat = Object.create(null);
    for (const [key, value] of Object.entries((vars ?? {}))) {
        flat[key] = typeof value === 'string' ? value : JSON.stringify(value);
    }
    return { hash: raw.hash, vars: flat };
}
/**
 * Sort a GraphQL-level failure into the error classes (HTTP-level ones come sorted from the transport).
 * graphql-request's own messages embed the request variables (secrets), so only the code and the server's
 * message are kept.
 */
function classify(error, timeoutMs, ClientError) {
    if (error instanceof http_failure/* CallError */.RA)
        return error;
    if (error instanceof ClientError) {
        const response = error.response;
        const first = response.errors?.[0];
        const code = first?.extensions?.code ?? response.code ?? `http-${response.status}`;
        const message = first?.message ?? response.error ?? `HTTP ${response.status}`;
        if (AUTH_CODES.has(code))
            return new cloud_errors/* AuthError */.lR(authMessage(`${code}: ${message}`), 'auth');
        if (code === 'GenericServerError')
            return new http_failure/* TransientError */.N_(`server error: ${message}`, code, true);
        if (UNKNOWN_FIELD.test(message)) {
            return new cloud_errors/* UnknownFieldError */.Xq(`Hasura Cloud does not accept what the action sent (${code}: ${message}). Either the token in input "pat" ` +
                'is not valid (the API hides its fields from callers it does not know), or the Cloud API has changed: ' +
                'run the action with `operation: check` to see which fields are missing.', code);
        }
        return new cloud_errors/* ApiRejected */.dI(message, code, response.data ?? undefined);
    }
    // A 200 whose body is not JSON (cut short, garbled on the way): the server answered, so it may have acted; a read
    // is safe to send again, a create is not (see createTenant).
    if (error?.name === 'SyntaxError') {
        return new http_failure/* TransientError */.N_('Hasura Cloud answered with JSON that cannot be read', 'invalid-json', true);
    }
    const failure = (0,http_failure/* networkFailure */.rd)(error, timeoutMs);
    if (failure.kind === 'transient')
        return failure.error;
    if (failure.kind === 'unreachable')
        return new cloud_errors/* EndpointError */.cY(`Hasura Cloud ${failure.reason}`, failure.code);
    return new cloud_errors/* CloudError */.K2(failure.message, failure.code);
}

// EXTERNAL MODULE: ./src/preview/marker.ts
var marker = __nccwpck_require__(936);
;// CONCATENATED MODULE: ./src/action/dependencies.ts


/**
 * Everything an operation needs, with every file read and checked before the first API call. What only some
 * operations use (the YAML parsers, Octokit, pg, the engine client) is loaded when they need it.
 */
async function prepare(settings, report, log, options = {}) {
    const entries = 'envFile' in settings && settings.envFile
        ? (await Promise.all(/* import() */[__nccwpck_require__.e(243), __nccwpck_require__.e(835)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8835))).readEnvInput(settings.envFile, {
            workspace: settings.workspace,
            environment: settings.environment,
            databaseUrlEnv: settings.databaseUrl || ('postgresServerUrl' in settings && settings.postgresServerUrl)
                ? settings.databaseUrlEnv
                : undefined,
            prune: settings.prune,
            actionKey: marker/* actionKeyInFile */.tx
        }, log)
        : undefined;
    const project = 'hasuraProject' in settings && settings.hasuraProject
        ? (await Promise.all(/* import() */[__nccwpck_require__.e(860), __nccwpck_require__.e(243), __nccwpck_require__.e(998)]).then(__nccwpck_require__.bind(__nccwpck_require__, 3998))).readProject(settings.workspace, settings.hasuraProject, {
            seeds: 'seeds' in settings && settings.seeds
        })
        : undefined;
    if (project) {
        log.info(`Read the Hasura project ${project.dir}: ${project.migrations.length} migrations.`);
    }
    const clientOperations = settings.operation === 'create' && settings.compareTenantId && project
        ? await (async () => {
            const { allowListQueries, collectionOperations, readOperationFiles } = await Promise.all(/* import() */[__nccwpck_require__.e(860), __nccwpck_require__.e(291), __nccwpck_require__.e(411)]).then(__nccwpck_require__.bind(__nccwpck_require__, 4792));
            return {
                files: settings.operations.length > 0 ? readOperationFiles(settings.workspace, settings.operations) : [],
                allowList: collectionOperations(allowListQueries(project))
            };
        })()
        : undefined;
    // Literal values of the env file are in the repository: masking them (`info`, `1000`) would garble every log line.
    const literal = new Map((entries ?? []).filter((entry) => entry.literal).map((entry) => [entry.key, entry.value]));
    const cloud = new CloudClient({
        endpoint: settings.apiEndpoint,
        pat: settings.pat,
        policy: options.cloud?.policy,
        requestTimeoutMs: options.cloud?.requestTimeoutMs,
        // The log is where retries show.
        hooks: {
            ...options.cloud?.hooks,
            onRetry: (error, attempt, delayMs) => log.info(`Hasura Cloud: ${error.message}; retry ${attempt} in ${(delayMs / 1000).toFixed(1)} s.`)
        },
        onEnvRead: (vars) => {
            for (const [key, value] of Object.entries(vars)) {
                if (!(0,marker/* isActionKey */.ow)(key) && literal.get(key) !== value)
                    log.mask(value);
            }
        }
    });
    const pr = settings.pullRequest;
    const now = options.now ?? (() => new Date());
    const sweep = settings.operation === 'sweep';
    // A create with a cap deletes other pull requests' expired previews, and says so on their comments.
    const capped = settings.operation === 'create' && settings.maxPreviews !== undefined;
    const commentOn = pr && settings.comment && (settings.operation === 'create' || settings.operation === 'delete');
    const othersCommentOn = settings.comment && (sweep || capped);
    const Comments = commentOn || othersCommentOn ? (await __nccwpck_require__.e(/* import() */ 547).then(__nccwpck_require__.bind(__nccwpck_require__, 6547))).PreviewComments : undefined;
    const preview = Comments && commentOn ? new Comments(settings.githubToken, pr, log, now, options.github) : undefined;
    const previewOf = Comments && othersCommentOn
        ? (ref) => new Comments(settings.githubToken, { ...ref, headSha: '' }, log, now, options.github)
        : undefined;
    const serverUrl = 'postgresServerUrl' in settings ? settings.postgresServerUrl : undefined;
    // Every session on the server goes through this one connector; its sslrootcert file is read here, before any call.
    const server = serverUrl
        ? await (async () => {
            const { PostgresConnector } = await Promise.all(/* import() */[__nccwpck_require__.e(849), __nccwpck_require__.e(713)]).then(__nccwpck_require__.bind(__nccwpck_require__, 2713));
            const { serverTls } = await Promise.resolve(/* import() */).then(__nccwpck_require__.bind(__nccwpck_require__, 352));
            const ca = 'postgresCa' in settings ? settings.postgresCa : undefined;
            const connector = new PostgresConnector(serverTls(serverUrl, { ca, workspace: settings.workspace }));
            return {
                connector,
                databases: async () => (await Promise.all(/* import() */[__nccwpck_require__.e(849), __nccwpck_require__.e(628)]).then(__nccwpck_require__.bind(__nccwpck_require__, 3628))).PreviewDatabases.connect(serverUrl, connector, log)
            };
        })()
        : undefined;
    // One clock for every retry and wait of the run: the Cloud client's, the engine clients', the health wait's.
    const waits = {
        sleep: options.cloud?.hooks?.sleep,
        now: options.cloud?.hooks?.now,
        random: options.cloud?.hooks?.random
    };
    const engine = { ...options.engine, hooks: { ...waits, ...options.engine?.hooks } };
    const common = { cloud, report, log, now, waits };
    switch (settings.operation) {
        case 'create':
            return {
                ...common,
                operation: 'create',
                settings,
                entries,
                project,
                engine,
                preview,
                previewOf,
                server,
                clientOperations
            };
        case 'sync-env':
            return { ...common, operation: 'sync-env', settings, entries, project, engine };
        case 'get':
            return { ...common, operation: 'get', settings };
        case 'check':
            return { ...common, operation: 'check', settings };
        case 'delete':
            return { ...common, operation: 'delete', settings, preview, server };
        case 'sweep':
            return {
                ...common,
                operation: 'sweep',
                settings,
                previewOf,
                server,
                pullRequestState: async (number) => (await __nccwpck_require__.e(/* import() */ 487).then(__nccwpck_require__.bind(__nccwpck_require__, 4487))).pullRequestState(settings.githubToken, settings.repository, number, log, options.github)
            };
    }
}

;// CONCATENATED MODULE: ./src/action/secrets.ts

/**
 * Register a secret with the runner before anything could log it: the one place that masks.
 * Empty values are skipped (the runner rejects them); values under 4 characters and the words
 * true/false are skipped too, since masking them job-wide garbles every log line.
 */
function maskSecret(value) {
    if (!value || value.length < 4 || value === 'true' || value === 'false')
        return;
    core_setSecret(value);
    // A URL's password can show up on its own (in a driver error, say): mask it too.
    const password = urlPassword(value);
    if (password && password !== value)
        maskSecret(password);
    // Multi-line values are masked line by line by the runner only if registered that way.
    if (value.includes('\n'))
        for (const line of value.split(/\r?\n/))
            maskSecret(line.trim());
}
function urlPassword(value) {
    if (!/^[a-z][a-z0-9+.-]*:\/\/[^/]*@/i.test(value))
        return undefined;
    try {
        const password = new URL(value).password;
        return password ? decodeURIComponent(password) : undefined;
    }
    catch {
        return undefined;
    }
}

;// CONCATENATED MODULE: ./src/action/log.ts



function properties(annotation) {
    if (!annotation)
        return undefined;
    return { file: annotation.file, startLine: annotation.line, title: annotation.title };
}
/** The runner's log, through @actions/core. */
const actionsLogger = {
    info: (message) => info((0,log/* printable */.g)(message)),
    warning: (message, annotation) => warning((0,log/* printable */.g)(message), properties(annotation)),
    error: (message, annotation) => error((0,log/* printable */.g)(message), properties(annotation)),
    mask: maskSecret
};

// EXTERNAL MODULE: ./src/core/endpoints.ts
var endpoints = __nccwpck_require__(1569);
// EXTERNAL MODULE: ./src/core/markdown.ts
var core_markdown = __nccwpck_require__(6706);
// EXTERNAL MODULE: ./src/core/time.ts
var time = __nccwpck_require__(2334);
;// CONCATENATED MODULE: ./src/action/report.ts




/**
 * The one place that writes outputs and the step summary. It exists from the start of a run, so an input error
 * still leaves a summary naming the operation. Outputs are set as soon as they are known, so a later failure (a
 * health wait that times out) still leaves the tenant id for teardown.
 */
class Report {
    operation;
    facts = {};
    rows = new Map();
    hash;
    planned = false;
    changes = [];
    constructor(operation) {
        this.operation = operation;
    }
    setTenant(facts) {
        const set = (field, output, value) => {
            if (value === undefined || value === this.facts[field])
                return;
            this.facts[field] = value;
            setOutput(output, output === 'endpoint' ? (0,endpoints/* graphqlUrl */.XS)(value) : value);
        };
        set('tenantId', 'tenant-id', facts.tenantId);
        set('name', 'name', facts.name);
        set('slug', 'slug', facts.slug);
        set('endpoint', 'endpoint', facts.endpoint);
        if (facts.projectId !== undefined && facts.projectId !== this.facts.projectId) {
            set('projectId', 'project-id', facts.projectId);
            setOutput('console-url', (0,endpoints/* consoleUrl */.B9)(facts.projectId));
        }
    }
    setHash(hash) {
        this.hash = hash;
        setOutput('hash', hash);
    }
    /** The one secret output, masked before (by the client that read it); it never reaches the summary. */
    setAdminSecret(secret) {
        if (secret)
            setOutput('admin-secret', secret);
    }
    setDatabases(names) {
        if (names.length === 0)
            return;
        setOutput('database-name', names[0]);
        setOutput('database-names', names.join(','));
        this.rows.set(names.length === 1 ? 'Database' : 'Databases', names.join(', '));
    }
    setExpiresAt(at) {
        setOutput('expires-at', at.toISOString());
        this.rows.set('Expires', `${(0,time/* utcText */.k)(at)} unless pushed to`);
    }
    setSeedsApplied(count) {
        setOutput('seeds-applied', String(count));
        this.rows.set('Seed files applied', String(count));
    }
    setMigrationsApplied(count) {
        setOutput('migrations-applied', String(count));
        this.rows.set('Migrations applied', String(count));
    }
    /** The env changes so far, for a summary that a later failure still writes. */
    setChanges(changes, planned) {
        this.changes = changes;
        this.planned = planned;
    }
    /** What this run is known to have made or found so far, for a run that ends early: the tenant and the database. */
    describeState() {
        const parts = [];
        if (this.facts.tenantId) {
            parts.push(`tenant ${this.facts.tenantId}${this.facts.name ? ` (project ${this.facts.name})` : ''}`);
        }
        const database = this.rows.get('Database') ?? this.rows.get('Databases');
        if (database)
            parts.push(`database ${database}`);
        return parts.length > 0 ? `It got as far as: ${parts.join(', ')}.` : 'It had made nothing yet.';
    }
    async finish(outcome) {
        setOutput('result', outcome.result);
        setOutput('changed', String(outcome.changed));
        for (const [name, value] of Object.entries(outcome.outputs ?? {}))
            setOutput(name, value);
        if (outcome.changes)
            this.setChanges(outcome.changes, outcome.result === 'planned');
        info(`Result: ${outcome.result} (changed: ${outcome.changed})`);
        const result = outcome.failure ? `\`${outcome.result}\`, failed: ${outcome.failure}` : `\`${outcome.result}\``;
        await this.writeSummary(result, outcome.tables ?? [], outcome.section);
    }
    async fail(message) {
        await this.writeSummary(`failed: ${message}`, []);
    }
    async writeSummary(result, tables, section) {
        const rows = [
            ['Operation', (0,core_markdown/* code */.aY)(this.operation)],
            ['Result', (0,core_markdown/* cell */.Hn)(result)]
        ];
        if (this.facts.tenantId)
            rows.push(['Tenant', (0,core_markdown/* code */.aY)(this.facts.tenantId)]);
        if (this.facts.name)
            rows.push(['Project', (0,core_markdown/* cell */.Hn)(this.facts.name)]);
        if (this.facts.endpoint)
            rows.push(['Endpoint', (0,core_markdown/* cell */.Hn)((0,endpoints/* graphqlUrl */.XS)(this.facts.endpoint))]);
        if (this.facts.projectId)
            rows.push(['Console', (0,core_markdown/* cell */.Hn)((0,endpoints/* consoleUrl */.B9)(this.facts.projectId))]);
        if (this.hash)
            rows.push(['Env hash', (0,core_markdown/* code */.aY)(this.hash)]);
        for (const [label, value] of this.rows)
            rows.push([label, (0,core_markdown/* cell */.Hn)(value)]);
        let markdown = `### Hasura Cloud: ${(0,core_markdown/* cell */.Hn)(this.operation)}\n\n| | |\n|---|---|\n`;
        markdown += rows.map(([label, value]) => `| ${label} | ${value} |`).join('\n') + '\n';
        if (this.changes.length > 0) {
            markdown += `\n${this.planned ? 'Planned env changes (dry run, nothing written)' : 'Env changes'}:\n\n`;
            markdown += (0,core_markdown/* table */.tp)(['Key', 'Change'], this.changes.map(({ key, change }) => [(0,core_markdown/* code */.aY)(key), change]));
        }
        for (const extra of tables)
            markdown += `\n${(0,core_markdown/* cell */.Hn)(extra.title)}:\n\n${(0,core_markdown/* table */.tp)(extra.header, extra.rows)}`;
        if (section)
            markdown += `\n${section}`;
        try {
            await summary.addRaw(markdown).write();
        }
        catch (error) {
            warning(`Could not write the step summary: ${error.message}`);
        }
    }
}

// EXTERNAL MODULE: ./src/core/keys.ts
var keys = __nccwpck_require__(1483);
// EXTERNAL MODULE: ./src/database/tls.ts
var tls = __nccwpck_require__(352);
// EXTERNAL MODULE: ./src/database/url.ts
var url = __nccwpck_require__(4408);
// EXTERNAL MODULE: ./src/env/entry.ts
var entry = __nccwpck_require__(5359);
;// CONCATENATED MODULE: ./src/operations/settings.ts
const OPERATIONS = ['create', 'delete', 'sync-env', 'get', 'check', 'sweep'];

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
;// CONCATENATED MODULE: ./src/action/context.ts


/** The repository the workflow runs in (GITHUB_REPOSITORY). */
function readRepository(env) {
    const [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/', 2);
    return owner && repo ? { owner, repo } : undefined;
}
/**
 * The pull request of a pull_request run, from the runner's event payload; undefined for other events. A
 * pull_request event whose payload has no number is an error: without it every run would make a new tenant.
 * Only this module and settings.ts read the environment; the event file is small JSON, so reading it here
 * avoids loading @actions/github.
 */
function readPullRequest(env) {
    const event = env.GITHUB_EVENT_NAME;
    if (event !== 'pull_request' && event !== 'pull_request_target')
        return undefined;
    const eventPath = env.GITHUB_EVENT_PATH;
    if (!eventPath) {
        throw new errors/* InputError */.d(`This is a ${event} run, but GITHUB_EVENT_PATH is not set: the pull request cannot be read.`);
    }
    let payload;
    try {
        payload = JSON.parse((0,external_node_fs_.readFileSync)(eventPath, 'utf8'));
    }
    catch (error) {
        throw new errors/* InputError */.d(`Could not read the event payload ${eventPath}: ${error.message}`);
    }
    const number = payload.pull_request?.number ?? payload.number;
    const repository = readRepository(env);
    const owner = repository?.owner ?? payload.repository?.owner?.login;
    const repo = repository?.repo ?? payload.repository?.name;
    if (!Number.isSafeInteger(number) || number < 1) {
        throw new errors/* InputError */.d(`This is a ${event} run, but its event payload has no pull request number: the preview cannot be tied to a ` +
            'pull request. Run the action from a pull_request workflow, or pass "tenant-id" / "name" outside one.');
    }
    if (!owner || !repo) {
        throw new errors/* InputError */.d(`This is a ${event} run, but the repository is unknown (GITHUB_REPOSITORY is not set).`);
    }
    return {
        owner,
        repo,
        number: number,
        headSha: payload.pull_request?.head?.sha ?? env.GITHUB_SHA ?? '',
        openedAt: Number.isNaN(Date.parse(payload.pull_request?.created_at ?? ''))
            ? undefined
            : payload.pull_request.created_at,
        action: payload.action ?? '',
        labels: Array.isArray(payload.pull_request?.labels)
            ? payload.pull_request.labels
                .map((label) => label?.name)
                .filter((name) => typeof name === 'string')
            : undefined
    };
}

;// CONCATENATED MODULE: ./src/action/settings.ts











/**
 * Inputs -> Settings, once, before anything else. The defaults are action.yml's alone: the runner fills them in for
 * every input a workflow leaves out, so an input that is empty here was set empty on purpose, and one that needs a
 * value says so.
 */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** What Hasura Cloud accepts as a project name (a DNS label). */
const PROJECT_NAME = /^(?!.*--)[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$/;
/** Characters an HTTP header can carry: a token with an invisible character would fail deep in Node. */
const HEADER_SAFE = /^[\x21-\x7e]+$/;
function input(name) {
    return getInput(name).trim();
}
function optional(name) {
    return input(name) || undefined;
}
/** An input that needs a value (action.yml gives it a default, which the runner applies when it is left out). */
function needed(name) {
    const value = input(name);
    if (!value) {
        throw new errors/* InputError */.d(`Input "${name}" is empty: give it a value, or leave it out to use action.yml's default.`);
    }
    return value;
}
/** core.getBooleanInput's rule (YAML 1.2 core booleans). */
function booleanInput(name) {
    const raw = input(name);
    if (['true', 'True', 'TRUE'].includes(raw))
        return true;
    if (['false', 'False', 'FALSE'].includes(raw))
        return false;
    throw new errors/* InputError */.d(`Input "${name}" must be true or false (YAML 1.2 core boolean), got "${raw}".`);
}
function token(name, value) {
    const trimmed = value.trim();
    if (trimmed && !HEADER_SAFE.test(trimmed)) {
        const at = [...trimmed].findIndex((ch) => !HEADER_SAFE.test(ch)) + 1;
        throw new errors/* InputError */.d(`Input "${name}" contains a character that cannot be sent in an HTTP header (white space, an invisible or a ` +
            `non-ASCII character, at position ${at}): copy the token again into the secret.`);
    }
    return trimmed;
}
/** The operation as given, for the summary of a run whose other inputs are wrong. */
function readOperationName() {
    return input('operation') || '(no operation)';
}
function readSettings(env = process.env) {
    // Secrets first: nothing below may log before they are masked.
    for (const name of ['pat', 'github-token', 'database-url', 'postgres-server-url', 'postgres-ca']) {
        maskSecret(input(name));
    }
    const operation = input('operation');
    if (!OPERATIONS.includes(operation)) {
        throw new errors/* InputError */.d(`Input "operation" must be one of ${OPERATIONS.join(', ')}; got ${operation ? `"${operation}"` : 'nothing'}.`);
    }
    const pat = token('pat', getInput('pat'));
    if (!pat) {
        throw new errors/* InputError */.d('Input "pat" is empty: pass a Hasura Cloud personal access token, e.g. pat: ${{ secrets.HASURA_CLOUD_PAT }}. ' +
            'Fork and Dependabot pull requests get no secrets: skip them in the workflow.');
    }
    const apiEndpoint = needed('api-endpoint');
    let endpointUrl;
    try {
        endpointUrl = new URL(apiEndpoint);
    }
    catch {
        endpointUrl = undefined;
    }
    if (!endpointUrl || !/^https?:$/.test(endpointUrl.protocol) || /\s/.test(apiEndpoint)) {
        throw new errors/* InputError */.d(`Input "api-endpoint" must be an https URL, got "${apiEndpoint}".`);
    }
    if (endpointUrl.protocol === 'http:' && !(0,transport/* isLoopback */.U9)(endpointUrl)) {
        throw new errors/* InputError */.d(`Input "api-endpoint" is http:// on ${endpointUrl.hostname}: the token would travel unencrypted. Use https ` +
            '(plain http is allowed only for a loopback host such as 127.0.0.1, for emulators).');
    }
    const common = {
        pat,
        apiEndpoint,
        dryRun: booleanInput('dry-run'),
        workspace: env.GITHUB_WORKSPACE || process.cwd(),
        environment: { ...env },
        repository: readRepository(env),
        pullRequest: readPullRequest(env),
        githubToken: token('github-token', getInput('github-token')),
        comment: booleanInput('comment')
    };
    const lowerTenantId = tenantUuid('tenant-id');
    switch (operation) {
        case 'create': {
            const server = postgresServer();
            const { postgresServerUrl } = server;
            const settings = {
                ...common,
                ...envSettings(),
                operation: 'create',
                cloud: needed('cloud'),
                region: needed('region'),
                plan: word('plan'),
                name: projectName(),
                ...server,
                databaseTemplate: optional('database-template'),
                resetDatabase: booleanInput('reset-database'),
                seeds: booleanInput('seeds'),
                expireAfter: duration('expire-after'),
                maxPreviews: count('max-previews'),
                compareTenantId: tenantUuid('compare-tenant-id'),
                ...breakingSettings()
            };
            if (settings.compareTenantId && !settings.hasuraProject) {
                throw new errors/* InputError */.d('Input "compare-tenant-id" needs "hasura-project": what is compared with the reference tenant is the ' +
                    "pull request's Hasura project (its metadata and migrations).");
            }
            for (const [name, given] of [
                ['operations', settings.operations.length > 0],
                ['fail-on-breaking', settings.failOnBreaking]
            ]) {
                if (given && !settings.compareTenantId) {
                    throw new errors/* InputError */.d(`Input "${name}" needs "compare-tenant-id": what breaks for clients is told against that reference ` +
                        "tenant's GraphQL API.");
                }
            }
            if (settings.databaseUrl && postgresServerUrl) {
                throw new errors/* InputError */.d('Inputs "database-url" and "postgres-server-url" are both set: give "database-url" for a database you ' +
                    'manage, or "postgres-server-url" for a database per preview made by the action, not both.');
            }
            if (settings.databaseUrl)
                (0,url/* validatePostgresUrl */.$1)(settings.databaseUrl, 'database-url');
            if (settings.seeds && (!postgresServerUrl || !settings.hasuraProject)) {
                throw new errors/* InputError */.d('Input "seeds" needs "postgres-server-url" and "hasura-project": seeds go into the preview databases the ' +
                    'action makes, from the seeds of the project.');
            }
            if ((settings.databaseTemplate || settings.resetDatabase) && !postgresServerUrl) {
                throw new errors/* InputError */.d(`Input "${settings.databaseTemplate ? 'database-template' : 'reset-database'}" needs "postgres-server-url": ` +
                    'it applies to the preview database the action makes there.');
            }
            for (const [name, given] of [
                ['expire-after', settings.expireAfter],
                ['max-previews', settings.maxPreviews]
            ]) {
                if (given !== undefined && !common.pullRequest) {
                    throw new errors/* InputError */.d(`Input "${name}" works on pull_request runs only: it applies to pull-request previews (found by their ` +
                        'marker). Leave it out of the steps that run on other events.');
                }
            }
            if (postgresServerUrl && !common.pullRequest) {
                throw new errors/* InputError */.d('Input "postgres-server-url" works on pull_request runs only: each preview database is tagged as its pull ' +
                    'request\'s, and only then dropped. Outside a pull request, pass "database-url".');
            }
            return settings;
        }
        case 'sync-env': {
            const settings = {
                ...common,
                ...envSettings(),
                operation: 'sync-env',
                tenantId: required(lowerTenantId, 'sync-env')
            };
            if (settings.databaseUrl)
                (0,url/* validatePostgresUrl */.$1)(settings.databaseUrl, 'database-url');
            if (!settings.envFile && !settings.hasuraProject && !settings.databaseUrl) {
                throw new errors/* InputError */.d('Operation "sync-env" needs something to sync: input "env-file" (env vars), "database-url" or "hasura-project".');
            }
            return settings;
        }
        case 'get':
            return { ...common, operation: 'get', tenantId: required(lowerTenantId, 'get') };
        case 'delete': {
            if (!lowerTenantId && !common.pullRequest) {
                throw new errors/* InputError */.d('Input "tenant-id" is required for operation "delete" outside a pull_request run ' +
                    '(on a pull request, the preview is found by its comment or name, and its marker).');
            }
            const server = postgresServer();
            if (server.postgresServerUrl && !common.pullRequest) {
                throw new errors/* InputError */.d('Input "postgres-server-url" with "delete" works on pull_request runs only: the preview database is dropped ' +
                    "only when it is tagged as that pull request's.");
            }
            return { ...common, operation: 'delete', tenantId: lowerTenantId, ...server };
        }
        case 'check':
            return { ...common, operation: 'check' };
        case 'sweep': {
            if (!common.repository) {
                throw new errors/* InputError */.d('Operation "sweep" needs GITHUB_REPOSITORY: run it from a workflow of the repository.');
            }
            return { ...common, operation: 'sweep', repository: common.repository, ...postgresServer() };
        }
    }
    throw new errors/* InputError */.d(`Input "operation" "${operation}" is not handled.`);
}
/** `operations`, `fail-on-breaking`, `approve-label`: what the pull request breaks for clients (with compare-tenant-id). */
function breakingSettings() {
    return {
        operations: getInput('operations')
            .split(/[,\n]/)
            .map((glob) => glob.trim())
            .filter(Boolean),
        failOnBreaking: booleanInput('fail-on-breaking'),
        approveLabel: needed('approve-label')
    };
}
/** `postgres-server-url` (sslmode, no pooler) and `postgres-ca` (PEM, only with a server URL), checked. */
function postgresServer() {
    const postgresServerUrl = optional('postgres-server-url');
    const postgresCa = optional('postgres-ca');
    if (postgresServerUrl)
        (0,tls/* validateServerUrl */.dC)(postgresServerUrl);
    if (postgresCa && !postgresServerUrl) {
        throw new errors/* InputError */.d('Input "postgres-ca" needs "postgres-server-url": it is the CA that signs that server\'s certificate.');
    }
    if (postgresCa)
        (0,tls/* validateCa */.Rj)(postgresCa, 'postgres-ca');
    return { postgresServerUrl, postgresCa };
}
/** A tenant UUID input, lower-cased; undefined when empty. */
function tenantUuid(name) {
    const tenantId = optional(name);
    if (tenantId !== undefined && !UUID.test(tenantId)) {
        throw new errors/* InputError */.d(`Input "${name}" must be a tenant UUID (like 3fa85f64-5717-4562-b3fc-2c963f66afa6), got "${tenantId}".`);
    }
    return tenantId?.toLowerCase();
}
function required(tenantId, operation) {
    if (!tenantId)
        throw new errors/* InputError */.d(`Input "tenant-id" is required for operation "${operation}".`);
    return tenantId;
}
function word(name) {
    const value = optional(name);
    if (value !== undefined && !/^[A-Za-z0-9_.-]+$/.test(value)) {
        throw new errors/* InputError */.d(`Input "${name}" must be one word of letters, digits, "_", "." or "-", got "${value}".`);
    }
    return value;
}
function projectName() {
    const name = optional('name');
    if (name !== undefined && !PROJECT_NAME.test(name)) {
        throw new errors/* InputError */.d(`Input "name" must be a Hasura Cloud project name: lower-case letters, digits and "-", 1 to 63 characters, ` +
            `not starting or ending with "-", no "--"; got "${name}".`);
    }
    return name;
}
function seconds(name) {
    const raw = needed(name);
    const value = Number(raw);
    if (!/^\d+(\.\d+)?$/.test(raw) || !(value > 0)) {
        throw new errors/* InputError */.d(`Input "${name}" must be a positive number of seconds, got "${raw}".`);
    }
    return value;
}
const UNITS = { m: 60_000, h: 3_600_000, d: 86_400_000 };
/** `90m`, `12h`, `7d`: a whole number of minutes, hours or days, at least a minute and at most a year. */
function duration(name) {
    const raw = optional(name);
    if (raw === undefined)
        return undefined;
    const match = /^([1-9][0-9]{0,5})\s*([mhd])$/.exec(raw);
    const ms = match ? Number(match[1]) * UNITS[match[2]] : 0;
    if (!match || ms > 366 * UNITS.d) {
        throw new errors/* InputError */.d(`Input "${name}" must be a whole number of minutes, hours or days, such as 90m, 12h or 7d (at most a year), ` +
            `got "${raw}".`);
    }
    return { text: `${match[1]}${match[2]}`, ms };
}
/** A whole number of at least 1. */
function count(name) {
    const raw = optional(name);
    if (raw === undefined)
        return undefined;
    if (!/^[1-9][0-9]{0,3}$/.test(raw)) {
        throw new errors/* InputError */.d(`Input "${name}" must be a whole number from 1 to 9999, got "${raw}".`);
    }
    return Number(raw);
}
function envSettings() {
    const databaseUrlEnv = needed('database-url-env');
    if (!entry/* KEY_PATTERN */.bn.test(databaseUrlEnv)) {
        throw new errors/* InputError */.d(`Input "database-url-env" must be an env var name (${entry/* KEY_PATTERN */.bn.source}), got "${databaseUrlEnv}".`);
    }
    if ((0,marker/* isActionKey */.ow)(databaseUrlEnv) || databaseUrlEnv === keys/* ADMIN_SECRET_KEY */.Fi) {
        throw new errors/* InputError */.d(`Input "database-url-env" cannot be ${databaseUrlEnv}: the action writes that key itself.`);
    }
    const waitTimeoutSeconds = seconds('wait-timeout');
    const migrationTimeoutSeconds = seconds('migration-timeout');
    return {
        envFile: optional('env-file'),
        databaseUrl: optional('database-url'),
        databaseUrlEnv,
        hasuraProject: optional('hasura-project'),
        prune: booleanInput('prune'),
        // HASURA_* keys (the admin secret among them) and the marker are kept whatever this says (see neverPruned).
        keepKeys: [
            ...new Set(getInput('keep-keys')
                .split(/[,\n]/)
                .map((key) => key.trim())
                .filter(Boolean))
        ],
        wait: booleanInput('wait'),
        waitTimeoutSeconds,
        migrationTimeoutSeconds
    };
}

;// CONCATENATED MODULE: ./src/action/main.ts








/** How long a cancelled run waits for a step in flight: GitHub's SIGKILL comes 10 s after its SIGINT. */
const CANCEL_GRACE_MS = 5000;
/** A run of the action: the cancel handlers, then the run itself. */
async function run() {
    const report = new Report(readOperationName());
    exitWhenCancelled(report);
    await execute(report);
}
/**
 * Settings -> operation -> report. The one place that fails the step. `env` holds the runner's variables and
 * `options` the budgets and clocks (a test's; a run of the action uses the process's and the defaults).
 */
async function execute(report, options = {}, env = process.env) {
    let outcome;
    try {
        const settings = readSettings(env);
        const deps = await prepare(settings, report, actionsLogger, options);
        outcome = await dispatch(deps);
        await report.finish(outcome);
        const failure = outcome.failure && (0,log/* printable */.g)(outcome.failure);
        if (failure)
            setFailed(failure);
        return { outcome, failure };
    }
    catch (thrown) {
        const error = thrown instanceof Error ? thrown : new Error(String(thrown));
        let message = error.message;
        if (error instanceof errors/* FileError */.f) {
            // The annotation marks the file and line in the pull request's diff; the failure line says where in plain text.
            actionsLogger.error(message, { file: error.file, line: error.line, title: error.input });
            for (const other of error.also)
                actionsLogger.error(other.message, { file: other.file, line: other.line, title: error.input });
            message = `${error.file}, line ${error.line}: ${message}`;
        }
        const failure = (0,log/* printable */.g)(message);
        // Every run leaves a summary, an input error included.
        await report.fail(failure);
        setFailed(failure);
        return { outcome, error, failure };
    }
}
/** The operation, loaded when it runs: each is a chunk of the bundle, so a run compiles only the one it does. */
async function dispatch(deps) {
    switch (deps.operation) {
        case 'create':
            return (await Promise.all(/* import() */[__nccwpck_require__.e(920), __nccwpck_require__.e(609), __nccwpck_require__.e(766)]).then(__nccwpck_require__.bind(__nccwpck_require__, 2766))).createOperation(deps);
        case 'sync-env':
            return (await Promise.all(/* import() */[__nccwpck_require__.e(609), __nccwpck_require__.e(634)]).then(__nccwpck_require__.bind(__nccwpck_require__, 657))).syncEnvOperation(deps);
        case 'get':
            return (await __nccwpck_require__.e(/* import() */ 2).then(__nccwpck_require__.bind(__nccwpck_require__, 6002))).getOperation(deps);
        case 'delete':
            return (await Promise.all(/* import() */[__nccwpck_require__.e(920), __nccwpck_require__.e(159)]).then(__nccwpck_require__.bind(__nccwpck_require__, 1159))).deleteOperation(deps);
        case 'check':
            return (await __nccwpck_require__.e(/* import() */ 562).then(__nccwpck_require__.bind(__nccwpck_require__, 8562))).checkOperation(deps);
        case 'sweep':
            return (await Promise.all(/* import() */[__nccwpck_require__.e(920), __nccwpck_require__.e(590)]).then(__nccwpck_require__.bind(__nccwpck_require__, 6590))).sweepOperation(deps);
    }
}
/**
 * A cancelled workflow sends SIGINT (then SIGTERM, then SIGKILL). The run lets a critical step in flight finish (a
 * create's answer, a migration and its record; at most CANCEL_GRACE_MS), says what exists, and exits non-zero: the
 * next run finds what this one made and finishes or removes it.
 */
function exitWhenCancelled(report) {
    let cancelled = false;
    const cancel = (signal) => {
        if (cancelled)
            return;
        cancelled = true;
        void (async () => {
            const started = Date.now();
            const finished = await (0,core_cancel/* criticalSettled */.Zm)(CANCEL_GRACE_MS);
            await (0,core_cancel/* finishCancelled */.F)(CANCEL_GRACE_MS - (Date.now() - started));
            const message = `The run was cancelled (${signal})${finished ? '' : ' while a step was still running'}. ${report.describeState()} ` +
                'Run the job again: the next run finds what this one made and finishes it, or its teardown removes it.';
            await report.fail((0,log/* printable */.g)(message)).catch(() => { });
            setFailed((0,log/* printable */.g)(message));
            process.exit(1);
        })();
    };
    process.once('SIGINT', cancel);
    process.once('SIGTERM', cancel);
}


/***/ }),

/***/ 9599:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   f: () => (/* binding */ DOCUMENTS)
/* harmony export */ });
/* unused harmony export NIL_UUID */
const NIL_UUID = '00000000-0000-0000-0000-000000000000';
const TENANT_FIELDS = 'id slug project { id name endpoint }';
const PROJECT_FIELDS = 'id name endpoint created_at tenant { id }';
const ENV_FIELDS = 'hash envVars';
function document(name, kind, text, usedBy, probe) {
    return { name, kind, text, usedBy, probe };
}
const DOCUMENTS = {
    getTenant: document('GetTenant', 'query', `query GetTenant($id: uuid!) { tenant_by_pk(id: $id) { ${TENANT_FIELDS} } }`, ['create', 'delete', 'get', 'sync-env', 'sweep'], { id: NIL_UUID }),
    readTenant: document('ReadTenant', 'query', `query ReadTenant($id: uuid!) { tenant_by_pk(id: $id) { ${TENANT_FIELDS} } getTenantEnv(tenantId: $id) { ${ENV_FIELDS} } }`, ['create', 'delete', 'get', 'sync-env', 'sweep'], { id: NIL_UUID }),
    getTenantEnv: document('GetTenantEnv', 'query', `query GetTenantEnv($tenantId: uuid!) { getTenantEnv(tenantId: $tenantId) { ${ENV_FIELDS} } }`, ['create', 'sync-env', 'sweep'], { tenantId: NIL_UUID }),
    listProjects: document('ListProjects', 'query', `query ListProjects { projects(order_by: {created_at: asc}) { ${PROJECT_FIELDS} } }`, ['create'], {}),
    findProjects: document('FindProjects', 'query', `query FindProjects($name: String!) { projects(where: {name: {_eq: $name}}) { ${PROJECT_FIELDS} } }`, ['create', 'delete'], { name: '' }),
    listPreviewProjects: document('ListPreviewProjects', 'query', `query ListPreviewProjects($pattern: String!, $limit: Int!, $offset: Int!) {
  projects(where: {name: {_like: $pattern}}, order_by: {created_at: asc}, limit: $limit, offset: $offset) { ${PROJECT_FIELDS} }
}`, ['sweep'], { pattern: '', limit: 1, offset: 0 }),
    createTenant: document('CreateTenant', 'mutation', `mutation CreateTenant($cloud: String!, $region: String!, $plan: String) {
  createTenant(cloud: $cloud, region: $region, plan: $plan) { id name tenant { id slug config { hash } project { id name endpoint } } }
}`, ['create']),
    renameProject: document('RenameProject', 'mutation', `mutation RenameProject($id: uuid!, $name: String!) {
  update_projects_by_pk(pk_columns: {id: $id}, _set: {name: $name}) { id name endpoint }
}`, ['create']),
    deleteTenant: document('DeleteTenant', 'mutation', `mutation DeleteTenant($tenantId: uuid!) { deleteTenant(tenantId: $tenantId) { status } }`, ['create', 'delete', 'sweep']),
    updateTenantEnv: document('UpdateTenantEnv', 'mutation', `mutation UpdateTenantEnv($tenantId: uuid!, $currentHash: String!, $envs: [UpdateEnvObject!]!) {
  updateTenantEnv(tenantId: $tenantId, currentHash: $currentHash, envs: $envs) { ${ENV_FIELDS} }
}`, ['create', 'sync-env']),
    deleteTenantEnv: document('DeleteTenantEnv', 'mutation', `mutation DeleteTenantEnv($tenantId: uuid!, $currentHash: String!, $deleteEnvs: [String!]!) {
  deleteTenantEnv(tenantId: $tenantId, currentHash: $currentHash, deleteEnvs: $deleteEnvs) { ${ENV_FIELDS} }
}`, ['create', 'sync-env'])
};


/***/ }),

/***/ 1246:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   K2: () => (/* binding */ CloudError),
/* harmony export */   OH: () => (/* binding */ AmbiguousWrite),
/* harmony export */   Xq: () => (/* binding */ UnknownFieldError),
/* harmony export */   Yy: () => (/* binding */ TenantNotFound),
/* harmony export */   Z4: () => (/* binding */ isRefusalOfCaller),
/* harmony export */   cY: () => (/* binding */ EndpointError),
/* harmony export */   dI: () => (/* binding */ ApiRejected),
/* harmony export */   lR: () => (/* binding */ AuthError),
/* harmony export */   vu: () => (/* binding */ isRefusal)
/* harmony export */ });
/* harmony import */ var _http_failure_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(2398);

/**
 * What can go wrong talking to Hasura Cloud, sorted by what the caller should do about it.
 * Messages carry the server's own message at most, never request variables (env values, URLs).
 */
class CloudError extends _http_failure_js__WEBPACK_IMPORTED_MODULE_0__/* .CallError */ .RA {
    name = 'CloudError';
}
/** The token was rejected. Never retried: another try cannot fix it. */
class AuthError extends CloudError {
    name = 'AuthError';
}
/**
 * `api-endpoint` is not the Hasura Cloud API, or cannot be reached at all: a name that does not resolve, a refused
 * TLS handshake, an HTTP 404, an HTML page. Not retried; the message names the input and its URL.
 */
class EndpointError extends CloudError {
    name = 'EndpointError';
}
/**
 * The API does not know a field or argument the action sends: the token is not valid (the API hides its fields from
 * callers it does not know), or the API changed. The message says both, and to run `operation: check`.
 */
class UnknownFieldError extends CloudError {
    name = 'UnknownFieldError';
}
/** The tenant does not exist (or is not visible to this token). */
class TenantNotFound extends CloudError {
    tenantId;
    name = 'TenantNotFound';
    constructor(tenantId) {
        super(`Tenant ${tenantId} was not found in Hasura Cloud (deleted, or not visible to this token).`, 'not-found');
        this.tenantId = tenantId;
    }
}
/**
 * The API refused the request (code `unexpected` with its own text, a bad argument, a stale hash, a quota, a name
 * that is taken ...). Not transient: the server decided, nothing was done.
 */
class ApiRejected extends CloudError {
    partialData;
    name = 'ApiRejected';
    constructor(message, code, 
    /** What the API answered alongside the error, for requests with several root fields. */
    partialData) {
        super(message, code);
        this.partialData = partialData;
    }
}
/** A write whose outcome is unknown after the retries ran out or were not allowed. */
class AmbiguousWrite extends CloudError {
    name = 'AmbiguousWrite';
}
/** Refusals about the caller, not the request: a bad token or endpoint, an unknown field. They never mean it acted. */
function isRefusalOfCaller(error) {
    return error instanceof AuthError || error instanceof EndpointError || error instanceof UnknownFieldError;
}
/** The server (or the input) decided: nothing was done, and nothing will be by trying again. */
function isRefusal(error) {
    return error instanceof ApiRejected || isRefusalOfCaller(error);
}


/***/ }),

/***/ 9317:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ finishCancelled),
/* harmony export */   GA: () => (/* binding */ beforeCancelExit),
/* harmony export */   Zm: () => (/* binding */ criticalSettled),
/* harmony export */   kD: () => (/* binding */ critical)
/* harmony export */ });
/**
 * Steps that are better finished than cut in half (a create whose answer names the tenant, a migration and its
 * record) run through `critical`. A cancelled run (GitHub sends SIGINT, SIGTERM 7.5 s later, then SIGKILL) waits for
 * them, within a bound, before it exits: what they learn is logged and recorded for the next run.
 */
const running = new Set();
async function critical(work) {
    const step = work();
    running.add(step);
    try {
        return await step;
    }
    finally {
        running.delete(step);
    }
}
/** Resolves true once no critical step is running, or false after `timeoutMs` with one still running. */
async function criticalSettled(timeoutMs) {
    const deadline = Date.now() + timeoutMs;
    while (running.size > 0) {
        const left = deadline - Date.now();
        if (left <= 0)
            return false;
        let timer;
        const timeout = new Promise((resolve) => {
            timer = setTimeout(resolve, left);
        });
        await Promise.race([Promise.allSettled([...running]), timeout]);
        clearTimeout(timer);
    }
    return true;
}
const finishers = new Set();
/**
 * Work a cancelled run does once its critical steps have settled, before it exits (writing down what they did):
 * registered while it applies, removed with the returned function.
 */
function beforeCancelExit(finish) {
    finishers.add(finish);
    return () => finishers.delete(finish);
}
/** Runs what beforeCancelExit registered, each within what is left of `timeoutMs`; a failure is ignored. */
async function finishCancelled(timeoutMs) {
    const deadline = Date.now() + timeoutMs;
    for (const finish of [...finishers]) {
        const left = deadline - Date.now();
        if (left <= 0)
            return;
        let timer;
        await Promise.race([
            finish().catch(() => { }),
            new Promise((resolve) => {
                timer = setTimeout(resolve, left);
            })
        ]);
        clearTimeout(timer);
    }
}


/***/ }),

/***/ 1569:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   B9: () => (/* binding */ consoleUrl),
/* harmony export */   XS: () => (/* binding */ graphqlUrl),
/* harmony export */   zO: () => (/* binding */ projectBase)
/* harmony export */ });
/** The URLs of a Hasura Cloud project, from its endpoint as the Cloud API answers it. */
/** A project's base URL from its endpoint as the API gives it: `https://x.hasura.app` or that with /v1/graphql. */
function projectBase(endpoint) {
    const url = new URL(endpoint);
    url.pathname = url.pathname.replace(/\/v1\/graphql\/?$/, '').replace(/\/+$/, '');
    url.search = '';
    url.hash = '';
    return url.toString().replace(/\/+$/, '');
}
/** The GraphQL URL users point clients at. */
function graphqlUrl(endpoint) {
    return `${projectBase(endpoint)}/v1/graphql`;
}
/** The project's page in the Hasura Cloud console. */
function consoleUrl(projectId) {
    return `https://cloud.hasura.io/project/${encodeURIComponent(projectId)}/console`;
}


/***/ }),

/***/ 4296:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ InputError),
/* harmony export */   f: () => (/* binding */ FileError)
/* harmony export */ });
/** A bad input: the message names the input and says how to fix it; the step stops before any API call. */
class InputError extends Error {
    name = 'InputError';
}
/**
 * A problem at a line of a file in the repository (an env file, a Hasura project file): reported as an error
 * annotation at that file and line, and named in the failure message too.
 */
class FileError extends Error {
    file;
    line;
    input;
    name = 'FileError';
    constructor(message, 
    /** The path as the repository shows it (relative to the workspace), for annotations. */
    file, 
    /** 1-based; 1 where no better line applies. */
    line, 
    /** The input that named the file, e.g. `env-file`. */
    input) {
        super(message);
        this.file = file;
        this.line = line;
        this.input = input;
    }
    /** The same problem at other files: each gets an annotation of its own. */
    also = [];
}


/***/ }),

/***/ 1483:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Fi: () => (/* binding */ ADMIN_SECRET_KEY),
/* harmony export */   bD: () => (/* binding */ CLOUD_MANAGED_KEYS),
/* harmony export */   zI: () => (/* binding */ EXPERIMENTAL_FEATURES_KEY)
/* harmony export */ });
/** The env var holding a project's admin secret: set by Hasura Cloud at creation, read for the engine's APIs. */
const ADMIN_SECRET_KEY = 'HASURA_GRAPHQL_ADMIN_SECRET';
/** The engine's list of experimental features it runs with, comma-separated (`naming_convention`, ...). */
const EXPERIMENTAL_FEATURES_KEY = 'HASURA_GRAPHQL_EXPERIMENTAL_FEATURES';
/**
 * Env vars Hasura Cloud sets on every project for itself, which a project cannot set: the metadata of a Cloud project
 * lives in a database Hasura Cloud manages (https://hasura.io/docs/latest/migrations-metadata-seeds/legacy-configs/config-v1/reference/metadata-schema/,
 * "Hasura Cloud"), whose URL is HASURA_GRAPHQL_METADATA_DATABASE_URL, the engine's metadata database setting
 * (https://hasura.io/docs/latest/deployment/graphql-engine-flags/reference/). A source reading it would be Hasura's
 * own database.
 */
const CLOUD_MANAGED_KEYS = ['HASURA_GRAPHQL_METADATA_DATABASE_URL'];


/***/ }),

/***/ 4325:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ printable),
/* harmony export */   n: () => (/* binding */ CONTROL_CHARACTERS)
/* harmony export */ });
/**
 * Control characters: C0 (tab aside), DEL, C1, and the Unicode line and paragraph separators. In text from the API
 * or GitHub, a newline would start a new log line, which the runner reads as a workflow command (`::error::...`) if
 * it begins so, and an ESC could rewrite what the log shows.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u2028\u2029]/g;
/** Control characters written as escapes (`\x0a`), so the text stays on its line and means nothing to the runner. */
function printable(text) {
    return text.replace(CONTROL_CHARACTERS, (ch) => {
        const code = ch.charCodeAt(0);
        return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
    });
}


/***/ }),

/***/ 6706:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Hn: () => (/* binding */ cell),
/* harmony export */   aY: () => (/* binding */ code),
/* harmony export */   tp: () => (/* binding */ table)
/* harmony export */ });
/* harmony import */ var _log_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4325);

/** Text from the API or GitHub inside Markdown (a table cell, a comment): no pipes, no line breaks, no HTML. */
function cell(value) {
    return value
        .replace(_log_js__WEBPACK_IMPORTED_MODULE_0__/* .CONTROL_CHARACTERS */ .n, ' ')
        .replace(/\t/g, ' ')
        .replace(/&/g, '&amp;')
        .replace(/</g, '&lt;')
        .replace(/>/g, '&gt;')
        .replace(/\|/g, '\\|');
}
/** Text as inline code in a Markdown table. */
function code(value) {
    return `\`${cell(value).replace(/`/g, "'")}\``;
}
/** A Markdown table; cells are Markdown already (made with cell() or code()), header cells are plain text. */
function table(header, rows) {
    const lines = [`| ${header.map(cell).join(' | ')} |`, `|${header.map(() => '---').join('|')}|`];
    for (const row of rows)
        lines.push(`| ${row.join(' | ')} |`);
    return lines.join('\n') + '\n';
}


/***/ }),

/***/ 2334:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   k: () => (/* binding */ utcText)
/* harmony export */ });
/** A moment as people read it in a comment or a summary: `2026-12-04 20:15:30 UTC`. */
function utcText(at) {
    return at
        .toISOString()
        .replace('T', ' ')
        .replace(/\.\d+Z$/, ' UTC');
}


/***/ }),

/***/ 8742:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   X: () => (/* binding */ resolveWorkspacePath),
/* harmony export */   t: () => (/* binding */ readLimited)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(4296);



function isInside(parent, child) {
    const relative = node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(parent, child);
    return relative === '' || (!relative.startsWith('..') && !node_path__WEBPACK_IMPORTED_MODULE_1___default().isAbsolute(relative));
}
function realWorkspace(workspace) {
    try {
        return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(workspace);
    }
    catch {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .d(`The workspace ${workspace} does not exist (GITHUB_WORKSPACE); check out the repository first.`);
    }
}
/**
 * Resolve `userPath` (as the user wrote it in `input`) against the workspace; an InputError naming the input when it
 * does not exist, leads outside the workspace (`within`, when given, narrows that to a directory inside it), or is
 * not of the expected kind.
 */
function resolveWorkspacePath(workspace, userPath, input, kind, within) {
    const root = realWorkspace(workspace);
    const boundary = within ?? root;
    const wanted = node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(root, userPath);
    let real;
    try {
        real = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.realpathSync)(wanted);
    }
    catch (error) {
        const code = error.code;
        if (code === 'ENOENT' || code === 'ENOTDIR') {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .d(`Input "${input}": ${userPath} does not exist in the workspace (paths are relative to the repository root, ${workspace}).`);
        }
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .d(`Input "${input}": cannot read ${userPath} (${code ?? String(error)}).`);
    }
    if (!isInside(boundary, real)) {
        const where = boundary === root ? 'the workspace' : node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(root, boundary) || 'the workspace';
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .d(`Input "${input}": ${userPath} leads outside ${where} (through "..", an absolute path or a symlink); ` +
            'only files of the repository are read.');
    }
    const stats = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(real);
    if (kind === 'file' && !stats.isFile()) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .d(`Input "${input}": ${userPath} is ${stats.isDirectory() ? 'a directory' : 'not a regular file'}; name a file.`);
    }
    if (kind === 'directory' && !stats.isDirectory()) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .d(`Input "${input}": ${userPath} is not a directory; name the directory.`);
    }
    return { real, relative: node_path__WEBPACK_IMPORTED_MODULE_1___default().relative(root, real).split((node_path__WEBPACK_IMPORTED_MODULE_1___default().sep)).join('/') || '.' };
}
/**
 * Read a file found by resolveWorkspacePath, at most `maxBytes`: the limit is checked on what is read, not on
 * what stat says. O_NOFOLLOW refuses a symlink swapped in since the path was resolved.
 */
function readLimited(file, maxBytes, input) {
    let fd;
    try {
        fd = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.openSync)(file.real, node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_RDONLY | (node_fs__WEBPACK_IMPORTED_MODULE_0__.constants.O_NOFOLLOW ?? 0));
    }
    catch (error) {
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .d(`Input "${input}": cannot read ${file.relative} (${error.code ?? String(error)}).`);
    }
    try {
        if (!(0,node_fs__WEBPACK_IMPORTED_MODULE_0__.fstatSync)(fd).isFile())
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .d(`Input "${input}": ${file.relative} is not a regular file.`);
        const chunks = [];
        let total = 0;
        const chunk = Buffer.alloc(64 * 1024);
        for (;;) {
            const read = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.readSync)(fd, chunk, 0, chunk.length, null);
            if (read === 0)
                break;
            total += read;
            if (total > maxBytes) {
                throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .InputError */ .d(`Input "${input}": ${file.relative} is larger than ${maxBytes} bytes, the most the action reads from one file.`);
            }
            chunks.push(Buffer.from(chunk.subarray(0, read)));
        }
        return Buffer.concat(chunks, total);
    }
    finally {
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.closeSync)(fd);
    }
}


/***/ }),

/***/ 352:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Rj: () => (/* binding */ validateCa),
/* harmony export */   dC: () => (/* binding */ validateServerUrl),
/* harmony export */   eG: () => (/* binding */ tlsAttempts),
/* harmony export */   serverTls: () => (/* binding */ serverTls)
/* harmony export */ });
/* unused harmony export SSL_MODES */
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(4296);
/* harmony import */ var _core_workspace_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(8742);
/* harmony import */ var _url_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(4408);




/**
 * libpq's sslmode values and what each does (https://www.postgresql.org/docs/current/libpq-ssl.html#LIBPQ-SSL-PROTECTION):
 * `disable` plain; `allow` plain first, TLS if the server refuses plain; `prefer` (the default) TLS first, plain if the
 * server refuses TLS; `require` TLS, certificate not verified (verified as verify-ca when a root CA is given);
 * `verify-ca` the chain verified; `verify-full` the chain and the host name.
 */
const SSL_MODES = ['disable', 'allow', 'prefer', 'require', 'verify-ca', 'verify-full'];
/** A root CA file (or bundle) is a few kilobytes; Amazon RDS's global bundle, the largest known, is under 200 KB. */
const MAX_CA_BYTES = 1024 * 1024;
const PEM_BLOCK = /-----BEGIN CERTIFICATE-----[\s\S]*?-----END CERTIFICATE-----/g;
/**
 * The one check of `postgres-server-url` beyond its shape: an sslmode libpq knows, client certificates (which the
 * action does not send), and no transaction-mode pooler. An InputError naming the input, never echoing the URL.
 */
function validateServerUrl(url) {
    (0,_url_js__WEBPACK_IMPORTED_MODULE_3__/* .validatePostgresUrl */ .$1)(url, 'postgres-server-url');
    const params = (0,_url_js__WEBPACK_IMPORTED_MODULE_3__/* .queryParams */ .fX)(url);
    const mode = params.getAll('sslmode').at(-1);
    if (mode !== undefined && !SSL_MODES.includes(mode)) {
        const shown = /^[a-z_-]{1,20}$/i.test(mode) ? ` "${mode}"` : '';
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .d(`Input "postgres-server-url" has sslmode${shown}, which libpq (and so the project's engine) does not know: ` +
            `use one of ${SSL_MODES.join(', ')}.`);
    }
    if (params.has('sslcert') || params.has('sslkey')) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .d('Input "postgres-server-url" names a client certificate (sslcert, sslkey): the action logs in with the ' +
            "URL's password and sends no client certificate. Remove them from the URL.");
    }
    const rootcert = params.getAll('sslrootcert').at(-1);
    if (rootcert === 'system' && mode !== 'verify-full') {
        // libpq 16+ refuses a weaker mode with the system's CAs, as Node's trust store is here.
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .d('Input "postgres-server-url" has sslrootcert=system, which libpq accepts with sslmode=verify-full only: ' +
            'add sslmode=verify-full.');
    }
    const pooler = (0,_url_js__WEBPACK_IMPORTED_MODULE_3__/* .transactionPooler */ .C7)(url);
    if (pooler) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .d(`Input "postgres-server-url" points at a transaction-mode connection pooler (${pooler}). The action needs ` +
            'sessions of its own: advisory locks (how runs take turns), CREATE DATABASE and role changes do not work ' +
            "through one. Give the server's direct URL (Supabase: db.<project-ref>.supabase.co:5432), or a session-mode " +
            "pooler's URL (PgBouncer's pool_mode = session).");
    }
}
/** `postgres-ca` must hold PEM certificates, each one readable: an InputError before any API call otherwise. */
function validateCa(pem, input) {
    const blocks = pem.match(PEM_BLOCK) ?? [];
    if (blocks.length === 0) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .d(`Input "${input}" holds no PEM certificate: give the CA's certificate as text, from -----BEGIN CERTIFICATE----- ` +
            'to -----END CERTIFICATE----- (a secret holding the file, or the file read in an earlier step).');
    }
    for (const [index, block] of blocks.entries()) {
        try {
            new node_crypto__WEBPACK_IMPORTED_MODULE_0__.X509Certificate(block);
        }
        catch {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .d(`Input "${input}": certificate ${index + 1} of ${blocks.length} is not a valid PEM certificate (its base64 ` +
                'is cut or altered). Copy the CA file again, line breaks included.');
        }
    }
}
/**
 * The server's TLS as libpq would read the URL, with `postgres-ca` as the root CA; an `sslrootcert` of the URL is a
 * file of the workspace (the runner's other files are not the action's to read). InputError when wrong.
 */
function serverTls(serverUrl, options) {
    const params = (0,_url_js__WEBPACK_IMPORTED_MODULE_3__/* .queryParams */ .fX)(serverUrl);
    const mode = (params.getAll('sslmode').at(-1) ?? 'prefer');
    const rootcert = params.getAll('sslrootcert').at(-1);
    if (options.ca && rootcert) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .InputError */ .d('Input "postgres-ca" is set and "postgres-server-url" names an sslrootcert file: give the CA one way.');
    }
    if (options.ca)
        return { mode, ca: options.ca, caFrom: 'postgres-ca' };
    if (!rootcert || rootcert === 'system')
        return { mode };
    const input = 'postgres-server-url (sslrootcert)';
    const file = (0,_core_workspace_js__WEBPACK_IMPORTED_MODULE_2__/* .resolveWorkspacePath */ .X)(options.workspace, rootcert, input, 'file');
    const ca = (0,_core_workspace_js__WEBPACK_IMPORTED_MODULE_2__/* .readLimited */ .t)(file, MAX_CA_BYTES, input).toString('utf8');
    validateCa(ca, `${input} ${file.relative}`);
    return { mode, ca, caFrom: 'sslrootcert' };
}
/** What to try, in order: libpq's fallbacks for allow and prefer; one attempt otherwise. */
function tlsAttempts(tls) {
    const unverified = { rejectUnauthorized: false };
    // As libpq: with a root CA, require verifies the chain (as verify-ca does).
    const chain = { ca: tls.ca, checkServerIdentity: () => undefined };
    switch (tls.mode) {
        case 'disable':
            return [false];
        case 'allow':
            return [false, unverified];
        case 'prefer':
            return [unverified, false];
        case 'require':
            return [tls.ca ? chain : unverified];
        case 'verify-ca':
            return [chain];
        case 'verify-full':
            return [{ ca: tls.ca }];
    }
}


/***/ }),

/***/ 4408:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $1: () => (/* binding */ validatePostgresUrl),
/* harmony export */   BG: () => (/* binding */ withoutParams),
/* harmony export */   C7: () => (/* binding */ transactionPooler),
/* harmony export */   E$: () => (/* binding */ redact),
/* harmony export */   FA: () => (/* binding */ databaseUrl),
/* harmony export */   G1: () => (/* binding */ roleUrl),
/* harmony export */   fX: () => (/* binding */ queryParams),
/* harmony export */   k_: () => (/* binding */ namesDatabase),
/* harmony export */   wM: () => (/* binding */ withSslmode)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4296);

/** scheme://authority, then the path (the database), then the query (sslmode, ...) and fragment, kept as written. */
const POSTGRES_URL = /^(postgres(?:ql)?:\/\/[^/?#]*)(\/[^?#]*)?([?#].*)?$/is;
/**
 * The one check of a Postgres URL input (`database-url`, `postgres-server-url`): an input error naming the input,
 * never echoing its value (a secret), when it is not a Postgres URL with a host.
 */
function validatePostgresUrl(value, input) {
    let host = '';
    try {
        const url = new URL(value);
        if (/^postgres(ql)?:$/i.test(url.protocol))
            host = url.hostname;
    }
    catch {
        // Not a URL at all: the message below says what one looks like.
    }
    if (!host || !POSTGRES_URL.test(value)) {
        const database = input === 'postgres-server-url' ? 'postgres' : 'DATABASE';
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d(`Input "${input}" is not a Postgres connection URL: write it as postgres://USER:PASSWORD@HOST:PORT/${database} ` +
            '(optionally with ?sslmode=...), percent-encoding @ : / ? # % in the user name and password.');
    }
}
/** The server URL with `database` as its path; user, password, host, port and query stay exactly as written. */
function databaseUrl(serverUrl, database) {
    const match = POSTGRES_URL.exec(serverUrl);
    if (!match)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .InputError */ .d('postgres-server-url is not a Postgres server URL (postgres://USER:PASSWORD@HOST/).');
    return `${match[1]}/${encodeURIComponent(database)}${match[3] ?? ''}`;
}
/**
 * The server URL with another user and password (the preview's own role) and `database` as its path: what the
 * tenant's engine (libpq) gets, its sslmode as written. Without a `sslrootcert` file, a path on the runner the engine
 * cannot read (`sslrootcert=system`, libpq's word for the system's CAs, stays), nor pg's own `uselibpqcompat`, which
 * libpq refuses as an unknown parameter.
 */
function roleUrl(serverUrl, role, password, database) {
    const runnerOnly = queryParams(serverUrl).get('sslrootcert') === 'system' ? [] : ['sslrootcert'];
    const match = POSTGRES_URL.exec(withoutParams(databaseUrl(serverUrl, database), [...runnerOnly, 'uselibpqcompat']));
    const authority = match[1].replace(/^(postgres(?:ql)?:\/\/)(?:[^/]*@)?/i, (_, scheme) => {
        return `${scheme}${encodeURIComponent(role)}:${encodeURIComponent(password)}@`;
    });
    return `${authority}${match[2] ?? ''}${match[3] ?? ''}`;
}
/**
 * The URL with `sslmode=<mode>` in place of its own (every other parameter as written): for a tenant whose engine
 * has no CA to verify the server with (see engineTls in operations/preview-database.ts).
 */
function withSslmode(url, mode) {
    const without = withoutParams(url, ['sslmode']);
    const match = POSTGRES_URL.exec(without);
    const [query, fragment] = splitOnce((match[3] ?? '').replace(/^\?/, ''), '#');
    const params = [...query.split('&').filter(Boolean), `sslmode=${mode}`];
    return `${match[1]}${match[2] ?? ''}?${params.join('&')}${fragment === undefined ? '' : `#${fragment}`}`;
}
/** The URL's query parameters, in order (libpq reads the last of a repeated one). */
function queryParams(url) {
    const query = POSTGRES_URL.exec(url)?.[3] ?? '';
    return new URLSearchParams(query.startsWith('?') ? query.slice(1).split('#')[0] : '');
}
/** The URL without the named query parameters; everything else as written. */
function withoutParams(url, names) {
    const match = POSTGRES_URL.exec(url);
    if (!match?.[3]?.startsWith('?'))
        return url;
    const [query, fragment] = splitOnce(match[3].slice(1), '#');
    const kept = query.split('&').filter((pair) => pair && !names.includes(decodeURIComponent(pair.split('=')[0])));
    return `${match[1]}${match[2] ?? ''}${kept.length > 0 ? `?${kept.join('&')}` : ''}${fragment === undefined ? '' : `#${fragment}`}`;
}
function splitOnce(text, separator) {
    const at = text.indexOf(separator);
    return at < 0 ? [text, undefined] : [text.slice(0, at), text.slice(at + 1)];
}
/**
 * Why the URL is a transaction-mode pooler's, or undefined. Through one, each transaction may run on another server
 * session: session advisory locks (how runs take turns) and a session's settings are lost, and CREATE DATABASE is
 * refused by some. The conventions:
 * - `pgbouncer=true`: Prisma's flag for PgBouncer in transaction mode, which Supavisor honours too
 *   (https://www.prisma.io/docs/orm/prisma-client/setup-and-configuration/databases-connections/pgbouncer,
 *   https://supabase.github.io/supavisor/orms/prisma);
 * - Supabase: the pooler (Supavisor) answers in transaction mode on port 6543 and in session mode on 5432 of the
 *   same `*.pooler.supabase.com` host (https://supabase.com/docs/guides/database/connecting-to-postgres). Its session
 *   mode is no way out either: Supavisor finds the project by a `.<project-ref>` suffix of the user name
 *   (https://supabase.github.io/supavisor/connecting/overview/), which the preview roles' URLs, made from this one
 *   with each preview's own role, do not carry; so every URL of that host is refused;
 * - Neon: the pooled endpoint is the direct host with `-pooler` after its endpoint id, PgBouncer in transaction mode
 *   (https://neon.com/docs/connect/connection-pooling).
 */
function transactionPooler(url) {
    if (queryParams(url)
        .getAll('pgbouncer')
        .some((value) => value.toLowerCase() === 'true')) {
        return 'it says pgbouncer=true';
    }
    let parsed;
    try {
        parsed = new URL(url);
    }
    catch {
        return undefined;
    }
    const host = parsed.hostname.toLowerCase();
    const port = parsed.port;
    if (/(^|\.)supabase\.(com|co)$/.test(host) && port === '6543') {
        return "port 6543 is Supabase's transaction-mode pooler";
    }
    if (/(^|\.)pooler\.supabase\.com$/.test(host)) {
        return "a pooler.supabase.com host is Supabase's pooler, which the preview roles cannot log in through";
    }
    if (/\.neon\.tech$/.test(host) && /-pooler$/.test(host.split('.')[0])) {
        return "a Neon host ending in -pooler is Neon's pooled (transaction-mode) endpoint";
    }
    return undefined;
}
/** Whether the URL names a database (pg would otherwise connect to the one named like the user). */
function namesDatabase(serverUrl) {
    return (POSTGRES_URL.exec(serverUrl)?.[2] ?? '/').length > 1;
}
/** The URL and its password (as written and decoded) replaced, for text that came from the driver or the server. */
function redact(text, serverUrl) {
    const secrets = [serverUrl];
    try {
        const password = new URL(serverUrl).password;
        if (password)
            secrets.push(password, decodeURIComponent(password));
    }
    catch {
        // validatePostgresUrl has rejected such a URL before any connection.
    }
    return secrets
        .filter((secret) => secret.length > 0)
        .reduce((result, secret) => result.split(secret).join('***'), text);
}


/***/ }),

/***/ 5359:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   By: () => (/* binding */ duplicateKeyError),
/* harmony export */   ED: () => (/* binding */ EnvFileError),
/* harmony export */   Mw: () => (/* binding */ assertValidKey),
/* harmony export */   bn: () => (/* binding */ KEY_PATTERN)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4296);
/**
 * What the env-file parsers produce, and the errors they raise.
 *
 * Error messages name keys, line numbers and variable names only, never a value: values
 * are secrets, and these messages end up in annotations and logs.
 */

/** A problem in an env file, reported as an annotation at file:line. */
class EnvFileError extends _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .FileError */ .f {
    name = 'EnvFileError';
    constructor(message, 
    /** The path as the user wrote it in `env-file` (repo-relative for annotations). */
    file, 
    /** 1-based; 1 where no better line applies. */
    line) {
        super(message, file, line, 'env-file');
    }
}
/** Env var names the action accepts, in both file formats. */
const KEY_PATTERN = /^[A-Za-z_][A-Za-z0-9_]*$/;
/**
 * Text that looks like a (misspelt) key may be quoted back in a message; anything else
 * (spaces, quotes, long text) may be a value pasted in the wrong place and is not.
 */
const QUOTABLE_KEY = /^[A-Za-z0-9_.-]{1,64}$/;
/**
 * The single key check shared by the dotenv and YAML parsers, so both formats accept
 * exactly the same keys and report a bad one the same way, at its line.
 */
function assertValidKey(key, file, line) {
    if (KEY_PATTERN.test(key))
        return;
    if (key === '') {
        throw new EnvFileError('missing key: an entry needs a name before its value', file, line);
    }
    const what = QUOTABLE_KEY.test(key) ? `"${key}" is not a valid key` : 'this key is not valid';
    throw new EnvFileError(`${what}: keys must match ${KEY_PATTERN.source} (letters, digits and _, not starting with a digit)`, file, line);
}
/** Duplicate keys are an error in both formats; reported at the second occurrence. */
function duplicateKeyError(key, firstLine, file, line) {
    return new EnvFileError(`${key} is defined twice: first on line ${firstLine}, again on line ${line}`, file, line);
}


/***/ }),

/***/ 2398:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   N_: () => (/* binding */ TransientError),
/* harmony export */   RA: () => (/* binding */ CallError),
/* harmony export */   fO: () => (/* binding */ transientStatus),
/* harmony export */   rd: () => (/* binding */ networkFailure)
/* harmony export */ });
/* unused harmony export parseRetryAfter */
/**
 * One reading of a failed HTTP call, for the Cloud API and the projects' engine APIs alike: which failures another
 * try may fix, and whether the server could have acted before the failure. Each client turns what is not transient
 * into its own error classes, with its own words (which input to check).
 */
/** A failed call: the base both clients' errors share. `code` is the API's code, `http-<status>` or Node's code. */
class CallError extends Error {
    code;
    name = 'CallError';
    constructor(message, code) {
        super(message);
        this.code = code;
    }
}
/**
 * The call failed in a way another try may fix (a dropped connection, no answer in time, 429, 502, 503, 504, an
 * API's own "try again"). `mayHaveActed` says whether the server could have carried it out before the failure.
 */
class TransientError extends CallError {
    mayHaveActed;
    retryAfterMs;
    name = 'TransientError';
    constructor(message, code, mayHaveActed, 
    /** From `Retry-After`, when the server said how long to wait. */
    retryAfterMs) {
        super(message, code);
        this.mayHaveActed = mayHaveActed;
        this.retryAfterMs = retryAfterMs;
    }
}
/** Gateway statuses another try may fix; the value says whether the request may have been carried out. */
const TRANSIENT_STATUSES = new Map([
    // Rate limited, unavailable: the gateway turned the request away.
    [429, false],
    [503, false],
    // Bad gateway, gateway timeout: the upstream may have run it.
    [502, true],
    [504, true]
]);
/** Network failures before the request went out: safe to send again, even a create. */
const NOT_SENT_CODES = new Set(['ECONNREFUSED', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH']);
/** A host that does not resolve, or a refused TLS handshake: another try cannot fix it, the URL or proxy can. */
const TLS_CODE = /^(CERT_|ERR_TLS_|ERR_SSL_|UNABLE_TO_|DEPTH_ZERO_|SELF_SIGNED_|EPROTO$|HOSTNAME_MISMATCH)/;
/** A transient status as a TransientError (honouring Retry-After); undefined for any other status. */
function transientStatus(status, retryAfter) {
    const mayHaveActed = TRANSIENT_STATUSES.get(status);
    if (mayHaveActed === undefined)
        return undefined;
    return new TransientError(`HTTP ${status}`, `http-${status}`, mayHaveActed, parseRetryAfter(retryAfter));
}
function networkFailure(error, timeoutMs) {
    if (error instanceof TransientError)
        return { kind: 'transient', error };
    const failure = error;
    if (failure?.name === 'TimeoutError' || failure?.name === 'AbortError') {
        const within = timeoutMs === undefined ? 'in time' : `within ${Math.round(timeoutMs / 1000)} s`;
        return { kind: 'transient', error: new TransientError(`no answer ${within}`, 'timeout', true) };
    }
    const code = typeof failure?.code === 'string' ? failure.code : undefined;
    if (code === 'ENOTFOUND')
        return { kind: 'unreachable', code, reason: 'does not resolve (ENOTFOUND)' };
    if (code && TLS_CODE.test(code))
        return { kind: 'unreachable', code, reason: `failed the TLS handshake (${code})` };
    if (code && NOT_SENT_CODES.has(code)) {
        return { kind: 'transient', error: new TransientError(`network error: ${code}`, code, false) };
    }
    // Node's own ERR_* codes (an invalid URL, a header it will not send) are not the network's: trying again is futile.
    if (code && !code.startsWith('ERR_')) {
        return { kind: 'transient', error: new TransientError(`connection failed (${code})`, code, true) };
    }
    return { kind: 'broken', code, message: failure?.message ?? String(error) };
}
/** Retry-After as seconds or an HTTP date, in milliseconds; undefined when absent or unreadable. */
function parseRetryAfter(header, now = Date.now()) {
    if (!header)
        return undefined;
    const value = header.trim();
    if (/^\d+(\.\d+)?$/.test(value))
        return Math.ceil(Number(value) * 1000);
    const date = Date.parse(value);
    return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}


/***/ }),

/***/ 8902:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   bD: () => (/* binding */ withRetry),
/* harmony export */   cO: () => (/* binding */ DEFAULT_RETRY_POLICY)
/* harmony export */ });
/* unused harmony export backoffMs */
/* harmony import */ var _failure_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(2398);

const DEFAULT_RETRY_POLICY = { budgetMs: 60_000, baseDelayMs: 500, maxDelayMs: 8000 };
const realSleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
/** Backoff before retry number `retry` (1-based): exponential with jitter, or the server's Retry-After. */
function backoffMs(policy, retry, error, random) {
    if (error.retryAfterMs !== undefined)
        return error.retryAfterMs;
    const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * (policy.growth ?? 2) ** (retry - 1));
    // Equal jitter: at least half the backoff, so retries stay spaced, and spread the rest.
    return Math.round(ceiling / 2 + random() * (ceiling / 2));
}
/**
 * Run `attempt` until it succeeds, fails with something other than a TransientError, or the budget runs out
 * (a wait that would end past the budget is not started). `attempt` is told how much of the budget is left,
 * to cap its own request timeout. `retryable` may refuse a transient error (a create the server may have run).
 */
async function withRetry(attempt, policy = DEFAULT_RETRY_POLICY, hooks = {}, retryable = () => true) {
    const sleep = hooks.sleep ?? realSleep;
    const random = hooks.random ?? Math.random;
    const now = hooks.now ?? Date.now;
    const deadline = now() + policy.budgetMs;
    for (let tries = 1;; tries++) {
        try {
            return await attempt(Math.max(1, deadline - now()));
        }
        catch (error) {
            if (!(error instanceof _failure_js__WEBPACK_IMPORTED_MODULE_0__/* .TransientError */ .N_) || !retryable(error))
                throw error;
            const delay = backoffMs(policy, tries, error, random);
            // A wait that would leave the next try too little time (or end past the budget) is not started: the error is
            // the answer, rather than a try cut short by its timeout.
            if (now() + delay + Math.min(1000, policy.budgetMs / 10) >= deadline)
                throw error;
            hooks.onRetry?.(error, tries, delay);
            await sleep(delay);
        }
    }
}


/***/ }),

/***/ 3860:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  tX: () => (/* binding */ httpFetch),
  aj: () => (/* binding */ httpRequest),
  U9: () => (/* binding */ isLoopback)
});

// UNUSED EXPORTS: FetchAnswer

// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __nccwpck_require__(7067);
var external_node_http_default = /*#__PURE__*/__nccwpck_require__.n(external_node_http_);
;// CONCATENATED MODULE: external "node:https"
const external_node_https_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");
var external_node_https_default = /*#__PURE__*/__nccwpck_require__.n(external_node_https_namespaceObject);
// EXTERNAL MODULE: ./node_modules/@actions/http-client/lib/index.js + 1 modules
var lib = __nccwpck_require__(4942);
;// CONCATENATED MODULE: ./src/http/transport.ts



/**
 * HTTP for the Cloud API, the projects' engine APIs and health checks. The connection goes through the agent of
 * @actions/http-client, which honours HTTPS_PROXY / HTTP_PROXY / NO_PROXY as every toolkit action does
 * (self-hosted runners behind a proxy); loopback hosts never use the proxy. Keep-alive sockets are reused between
 * the calls of one run and do not hold the process open. Bodies are small JSON, so they are buffered.
 */
function toolkitClient() {
    return new lib/* HttpClient */.Qq('hasura-cloud-tenant-action', [], { keepAlive: true });
}
/** One client per protocol: the toolkit caches one agent per client, made for the protocol it first saw. */
const toolkit = { 'http:': toolkitClient(), 'https:': toolkitClient() };
/** One request; rejects with Node's network errors (`code` set) or the signal's reason. */
function httpRequest(url, request = {}) {
    const target = new URL(url);
    const headers = { ...request.headers };
    if (request.body !== undefined)
        headers['content-length'] = String(Buffer.byteLength(request.body));
    const { signal } = request;
    return new Promise((resolve, reject) => {
        if (signal?.aborted)
            return reject(signal.reason);
        const transport = target.protocol === 'https:' ? (external_node_https_default()) : (external_node_http_default());
        const outgoing = transport.request(target, {
            method: request.method ?? 'GET',
            headers,
            agent: toolkit[target.protocol === 'https:' ? 'https:' : 'http:'].getAgent(target.href)
        }, (response) => {
            const chunks = [];
            response.on('data', (chunk) => chunks.push(chunk));
            response.on('error', fail);
            response.on('end', () => {
                signal?.removeEventListener('abort', abort);
                resolve({
                    status: response.statusCode ?? 0,
                    headers: response.headers,
                    body: Buffer.concat(chunks).toString('utf8')
                });
            });
        });
        function fail(error) {
            signal?.removeEventListener('abort', abort);
            reject(error);
        }
        function abort() {
            outgoing.destroy(signal?.reason);
        }
        signal?.addEventListener('abort', abort, { once: true });
        outgoing.on('error', fail);
        outgoing.end(request.body);
    });
}
/**
 * `fetch` on top of httpRequest, for graphql-request. Neither Headers nor Response is used: reading either global
 * makes Node load its whole fetch stack (about 20 ms at start-up, on every run). The request headers are read from
 * whatever graphql-request built them with (a Headers, or the one the bundle gives it: see scripts/bundle.mjs), and
 * the answer is a FetchAnswer: what graphql-request and cloudFetch read of a Response, and no more.
 */
async function httpFetch(input, init = {}) {
    const answer = await httpRequest(input, {
        method: init.method ?? 'GET',
        headers: headerRecord(init.headers),
        body: typeof init.body === 'string' ? init.body : undefined,
        signal: init.signal ?? undefined
    });
    return new FetchAnswer(answer);
}
/** Request headers as a record of lower-case names, from a Headers (or anything iterable of pairs), or a record. */
function headerRecord(init) {
    const record = {};
    if (!init)
        return record;
    const add = (name, value) => {
        const key = name.toLowerCase();
        record[key] = key in record ? `${record[key]}, ${value}` : value;
    };
    if (Symbol.iterator in init)
        for (const [name, value] of init)
            add(name, value);
    else
        for (const [name, value] of Object.entries(init))
            add(name, value);
    return record;
}
/** An answer's headers, read as a Response's headers are: by any case of the name, repeated ones joined. */
class AnswerHeaders {
    headers;
    constructor(headers) {
        this.headers = headers;
    }
    get(name) {
        const value = this.headers[name.toLowerCase()];
        return value === undefined ? null : Array.isArray(value) ? value.join(', ') : value;
    }
    has(name) {
        return this.headers[name.toLowerCase()] !== undefined;
    }
    forEach(callback) {
        for (const [name, value] of this)
            callback(value, name);
    }
    *[Symbol.iterator]() {
        for (const name of Object.keys(this.headers).sort())
            yield [name, this.get(name)];
    }
}
/** What a Response is to graphql-request and cloudFetch: the status, the headers, the body read once as text. */
class FetchAnswer {
    answer;
    status;
    ok;
    headers;
    /** No stream: the body is buffered, and read with text() or json(). */
    body = null;
    read = false;
    constructor(answer) {
        this.answer = answer;
        this.status = answer.status;
        this.ok = answer.status >= 200 && answer.status <= 299;
        this.headers = new AnswerHeaders(answer.headers);
    }
    get bodyUsed() {
        return this.read;
    }
    async text() {
        if (this.read)
            throw new TypeError('Body is unusable: Body has already been read');
        this.read = true;
        return this.answer.body;
    }
    async json() {
        return JSON.parse(await this.text());
    }
}
/**
 * Loopback hosts: the only ones a secret may be sent to over plain http (tests, emulators, local tunnels). Exactly
 * the hosts @actions/http-client never proxies: another (`api.localhost`) would go through HTTP_PROXY in clear text.
 */
function isLoopback(url) {
    const host = url.hostname.toLowerCase();
    return host === 'localhost' || /^127\.\d+\.\d+\.\d+$/.test(host) || host === '[::1]';
}


/***/ }),

/***/ 9407:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _action_main_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6593);

await (0,_action_main_js__WEBPACK_IMPORTED_MODULE_0__/* .run */ .e)();

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 936:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Db: () => (/* binding */ markerEntry),
/* harmony export */   Jw: () => (/* binding */ neverPruned),
/* harmony export */   eD: () => (/* binding */ expiryEntry),
/* harmony export */   ko: () => (/* binding */ isPreviewOf),
/* harmony export */   ow: () => (/* binding */ isActionKey),
/* harmony export */   p1: () => (/* binding */ expiryOf),
/* harmony export */   qM: () => (/* binding */ markedNumber),
/* harmony export */   ru: () => (/* binding */ markerMismatch),
/* harmony export */   tx: () => (/* binding */ actionKeyInFile),
/* harmony export */   xY: () => (/* binding */ hasMarker)
/* harmony export */ });
/* harmony import */ var _pull_request_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(4877);

/**
 * The env var a preview tenant carries to say whose preview it is: `<owner>/<repo>#<number>`. Written in the same
 * env write as the rest, never pruned, and checked before the action reuses, syncs or deletes a tenant for a pull
 * request: a comment or a project name only finds candidates, the tenant itself has the last word. This module is
 * the only one that knows the key.
 */
const MARKER_KEY = 'TENANT_ACTION_PREVIEW';
/**
 * Beside the marker, with `expire-after`: when the preview expires (ISO 8601, UTC), after which `sweep` deletes it
 * even while its pull request is open. No secret either.
 */
const EXPIRES_KEY = 'TENANT_ACTION_PREVIEW_EXPIRES';
/** Keys the server and Hasura own (the admin secret among them): prune leaves them unless the file names them. */
const SERVER_KEYS = /^HASURA_/;
/** The marker entry for a pull request's preview: written with the rest of an env write. */
function markerEntry(pr) {
    return { key: MARKER_KEY, value: (0,_pull_request_js__WEBPACK_IMPORTED_MODULE_0__/* .pullRequestText */ .q)(pr), line: 0, literal: true };
}
/** The expiry entry: when the preview expires, or null to remove an expiry an earlier run wrote. */
function expiryEntry(at) {
    return { key: EXPIRES_KEY, value: at ? at.toISOString() : null, line: 0, literal: true };
}
/** When the tenant's env says the preview expires; undefined when it does not expire (or the value is not a time). */
function expiryOf(vars) {
    const value = Object.hasOwn(vars, EXPIRES_KEY) ? vars[EXPIRES_KEY] : undefined;
    if (value === undefined || !/^\d{4}-\d\d-\d\dT[\d:.]+Z$/.test(value))
        return undefined;
    const at = new Date(value);
    return Number.isNaN(at.getTime()) ? undefined : at;
}
/** Is this a key the action writes itself (the marker, the expiry): no secret, and never the file's to set? */
function isActionKey(key) {
    return key === MARKER_KEY || key === EXPIRES_KEY;
}
/** The keys prune never deletes whatever the inputs say: the server's and Hasura's (`HASURA_*`), and the action's. */
function neverPruned(key) {
    return SERVER_KEYS.test(key) || isActionKey(key);
}
/** Does the tenant carry a marker at all (some run of this action made it a preview)? */
function hasMarker(vars) {
    return Object.hasOwn(vars, MARKER_KEY);
}
/** Does the tenant's env say it is this pull request's preview? Owner and repository compare case-insensitively. */
function isPreviewOf(vars, pr) {
    const marker = Object.hasOwn(vars, MARKER_KEY) ? vars[MARKER_KEY] : undefined;
    return marker !== undefined && marker.toLowerCase() === (0,_pull_request_js__WEBPACK_IMPORTED_MODULE_0__/* .pullRequestText */ .q)(pr).toLowerCase();
}
/** Why a candidate tenant is not this pull request's preview, for the warning. */
function markerMismatch(vars, pr) {
    return hasMarker(vars)
        ? `its ${MARKER_KEY} marker names ${vars[MARKER_KEY]}, not ${(0,_pull_request_js__WEBPACK_IMPORTED_MODULE_0__/* .pullRequestText */ .q)(pr)}`
        : `it has no ${MARKER_KEY} marker (not made by this action for ${(0,_pull_request_js__WEBPACK_IMPORTED_MODULE_0__/* .pullRequestText */ .q)(pr)})`;
}
/** Why a file may not set a key the action writes itself; undefined for any other key. */
function actionKeyInFile(key) {
    if (key === MARKER_KEY) {
        return `${MARKER_KEY} is written by the action (it says whose preview a tenant is): remove it from the file`;
    }
    if (key === EXPIRES_KEY) {
        return `${EXPIRES_KEY} is written by the action (when the preview expires; see expire-after): remove it from the file`;
    }
    return undefined;
}
/** The number of the pull request of `repository` whose preview the tenant's marker says it is, if any. */
function markedNumber(vars, repository) {
    const marker = Object.hasOwn(vars, MARKER_KEY) ? vars[MARKER_KEY] : '';
    const match = /^(.+)#([1-9][0-9]{0,9})$/.exec(marker);
    if (!match)
        return undefined;
    const number = Number(match[2]);
    return isPreviewOf(vars, { ...repository, number }) ? number : undefined;
}


/***/ }),

/***/ 4877:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   h: () => (/* binding */ samePullRequest),
/* harmony export */   q: () => (/* binding */ pullRequestText)
/* harmony export */ });
/** `<owner>/<repo>#<number>`: how the marker, the database tag and messages name a pull request. */
function pullRequestText(pr) {
    return `${pr.owner}/${pr.repo}#${pr.number}`;
}
/** One pull request? GitHub owner and repository names are case-insensitive. */
function samePullRequest(a, b) {
    return pullRequestText(a).toLowerCase() === pullRequestText(b).toLowerCase();
}


/***/ }),

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 6982:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");

/***/ }),

/***/ 2250:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("dns");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 8611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 5692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 3339:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("module");

/***/ }),

/***/ 9278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 4589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 6698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 7540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 8474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 2467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 7030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 1692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 3429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 6928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 2203:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream");

/***/ }),

/***/ 3193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 7016:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("url");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ }),

/***/ 8253:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util/types");

/***/ }),

/***/ 6293:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {


/**
 * What the bundle gets for `tunnel` (see ../bundle.mjs): @actions/http-client makes its proxy agents with it, and
 * imports it at the top, so every run loaded it, and with it node:assert and node:tls, although only a run behind a
 * proxy makes a tunnel. Here it is required (from the same bundle, synchronously) when the first agent is made.
 */
let tunnel
function load() {
  tunnel ??= __nccwpck_require__(770)
  return tunnel
}

exports.httpOverHttp = (options) => load().httpOverHttp(options)
exports.httpsOverHttp = (options) => load().httpsOverHttp(options)
exports.httpOverHttps = (options) => load().httpOverHttps(options)
exports.httpsOverHttps = (options) => load().httpsOverHttps(options)


/***/ }),

/***/ 4942:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  Qq: () => (/* binding */ HttpClient)
});

// UNUSED EXPORTS: Headers, HttpClientError, HttpClientResponse, HttpCodes, MediaTypes, getProxyUrl, isHttps

// EXTERNAL MODULE: external "http"
var external_http_ = __nccwpck_require__(8611);
var external_http_namespaceObject = /*#__PURE__*/__nccwpck_require__.t(external_http_, 2);
// EXTERNAL MODULE: external "https"
var external_https_ = __nccwpck_require__(5692);
var external_https_namespaceObject = /*#__PURE__*/__nccwpck_require__.t(external_https_, 2);
;// CONCATENATED MODULE: ./node_modules/@actions/http-client/lib/proxy.js
function getProxyUrl(reqUrl) {
    const usingSsl = reqUrl.protocol === 'https:';
    if (checkBypass(reqUrl)) {
        return undefined;
    }
    const proxyVar = (() => {
        if (usingSsl) {
            return process.env['https_proxy'] || process.env['HTTPS_PROXY'];
        }
        else {
            return process.env['http_proxy'] || process.env['HTTP_PROXY'];
        }
    })();
    if (proxyVar) {
        try {
            return new DecodedURL(proxyVar);
        }
        catch (_a) {
            if (!proxyVar.startsWith('http://') && !proxyVar.startsWith('https://'))
                return new DecodedURL(`http://${proxyVar}`);
        }
    }
    else {
        return undefined;
    }
}
function checkBypass(reqUrl) {
    if (!reqUrl.hostname) {
        return false;
    }
    const reqHost = reqUrl.hostname;
    if (isLoopbackAddress(reqHost)) {
        return true;
    }
    const noProxy = process.env['no_proxy'] || process.env['NO_PROXY'] || '';
    if (!noProxy) {
        return false;
    }
    // Determine the request port
    let reqPort;
    if (reqUrl.port) {
        reqPort = Number(reqUrl.port);
    }
    else if (reqUrl.protocol === 'http:') {
        reqPort = 80;
    }
    else if (reqUrl.protocol === 'https:') {
        reqPort = 443;
    }
    // Format the request hostname and hostname with port
    const upperReqHosts = [reqUrl.hostname.toUpperCase()];
    if (typeof reqPort === 'number') {
        upperReqHosts.push(`${upperReqHosts[0]}:${reqPort}`);
    }
    // Compare request host against noproxy
    for (const upperNoProxyItem of noProxy
        .split(',')
        .map(x => x.trim().toUpperCase())
        .filter(x => x)) {
        if (upperNoProxyItem === '*' ||
            upperReqHosts.some(x => x === upperNoProxyItem ||
                x.endsWith(`.${upperNoProxyItem}`) ||
                (upperNoProxyItem.startsWith('.') &&
                    x.endsWith(`${upperNoProxyItem}`)))) {
            return true;
        }
    }
    return false;
}
function isLoopbackAddress(host) {
    const hostLower = host.toLowerCase();
    return (hostLower === 'localhost' ||
        hostLower.startsWith('127.') ||
        hostLower.startsWith('[::1]') ||
        hostLower.startsWith('[0:0:0:0:0:0:0:1]'));
}
class DecodedURL extends URL {
    constructor(url, base) {
        super(url, base);
        this._decodedUsername = decodeURIComponent(super.username);
        this._decodedPassword = decodeURIComponent(super.password);
    }
    get username() {
        return this._decodedUsername;
    }
    get password() {
        return this._decodedPassword;
    }
}
//# sourceMappingURL=proxy.js.map
// EXTERNAL MODULE: ./scripts/shims/tunnel.cjs
var tunnel = __nccwpck_require__(6293);
// EXTERNAL MODULE: ./scripts/shims/undici.mjs
var undici = __nccwpck_require__(9368);
;// CONCATENATED MODULE: ./node_modules/@actions/http-client/lib/index.js
/* eslint-disable @typescript-eslint/no-explicit-any */
var __awaiter = (undefined && undefined.__awaiter) || function (thisArg, _arguments, P, generator) {
    function adopt(value) { return value instanceof P ? value : new P(function (resolve) { resolve(value); }); }
    return new (P || (P = Promise))(function (resolve, reject) {
        function fulfilled(value) { try { step(generator.next(value)); } catch (e) { reject(e); } }
        function rejected(value) { try { step(generator["throw"](value)); } catch (e) { reject(e); } }
        function step(result) { result.done ? resolve(result.value) : adopt(result.value).then(fulfilled, rejected); }
        step((generator = generator.apply(thisArg, _arguments || [])).next());
    });
};





var HttpCodes;
(function (HttpCodes) {
    HttpCodes[HttpCodes["OK"] = 200] = "OK";
    HttpCodes[HttpCodes["MultipleChoices"] = 300] = "MultipleChoices";
    HttpCodes[HttpCodes["MovedPermanently"] = 301] = "MovedPermanently";
    HttpCodes[HttpCodes["ResourceMoved"] = 302] = "ResourceMoved";
    HttpCodes[HttpCodes["SeeOther"] = 303] = "SeeOther";
    HttpCodes[HttpCodes["NotModified"] = 304] = "NotModified";
    HttpCodes[HttpCodes["UseProxy"] = 305] = "UseProxy";
    HttpCodes[HttpCodes["SwitchProxy"] = 306] = "SwitchProxy";
    HttpCodes[HttpCodes["TemporaryRedirect"] = 307] = "TemporaryRedirect";
    HttpCodes[HttpCodes["PermanentRedirect"] = 308] = "PermanentRedirect";
    HttpCodes[HttpCodes["BadRequest"] = 400] = "BadRequest";
    HttpCodes[HttpCodes["Unauthorized"] = 401] = "Unauthorized";
    HttpCodes[HttpCodes["PaymentRequired"] = 402] = "PaymentRequired";
    HttpCodes[HttpCodes["Forbidden"] = 403] = "Forbidden";
    HttpCodes[HttpCodes["NotFound"] = 404] = "NotFound";
    HttpCodes[HttpCodes["MethodNotAllowed"] = 405] = "MethodNotAllowed";
    HttpCodes[HttpCodes["NotAcceptable"] = 406] = "NotAcceptable";
    HttpCodes[HttpCodes["ProxyAuthenticationRequired"] = 407] = "ProxyAuthenticationRequired";
    HttpCodes[HttpCodes["RequestTimeout"] = 408] = "RequestTimeout";
    HttpCodes[HttpCodes["Conflict"] = 409] = "Conflict";
    HttpCodes[HttpCodes["Gone"] = 410] = "Gone";
    HttpCodes[HttpCodes["TooManyRequests"] = 429] = "TooManyRequests";
    HttpCodes[HttpCodes["InternalServerError"] = 500] = "InternalServerError";
    HttpCodes[HttpCodes["NotImplemented"] = 501] = "NotImplemented";
    HttpCodes[HttpCodes["BadGateway"] = 502] = "BadGateway";
    HttpCodes[HttpCodes["ServiceUnavailable"] = 503] = "ServiceUnavailable";
    HttpCodes[HttpCodes["GatewayTimeout"] = 504] = "GatewayTimeout";
})(HttpCodes || (HttpCodes = {}));
var Headers;
(function (Headers) {
    Headers["Accept"] = "accept";
    Headers["ContentType"] = "content-type";
})(Headers || (Headers = {}));
var MediaTypes;
(function (MediaTypes) {
    MediaTypes["ApplicationJson"] = "application/json";
})(MediaTypes || (MediaTypes = {}));
/**
 * Returns the proxy URL, depending upon the supplied url and proxy environment variables.
 * @param serverUrl  The server URL where the request will be sent. For example, https://api.github.com
 */
function lib_getProxyUrl(serverUrl) {
    const proxyUrl = pm.getProxyUrl(new URL(serverUrl));
    return proxyUrl ? proxyUrl.href : '';
}
const HttpRedirectCodes = [
    HttpCodes.MovedPermanently,
    HttpCodes.ResourceMoved,
    HttpCodes.SeeOther,
    HttpCodes.TemporaryRedirect,
    HttpCodes.PermanentRedirect
];
const HttpResponseRetryCodes = [
    HttpCodes.BadGateway,
    HttpCodes.ServiceUnavailable,
    HttpCodes.GatewayTimeout
];
const RetryableHttpVerbs = ['OPTIONS', 'GET', 'DELETE', 'HEAD'];
const ExponentialBackoffCeiling = 10;
const ExponentialBackoffTimeSlice = 5;
class HttpClientError extends Error {
    constructor(message, statusCode) {
        super(message);
        this.name = 'HttpClientError';
        this.statusCode = statusCode;
        Object.setPrototypeOf(this, HttpClientError.prototype);
    }
}
class HttpClientResponse {
    constructor(message) {
        this.message = message;
    }
    readBody() {
        return __awaiter(this, void 0, void 0, function* () {
            return new Promise((resolve) => __awaiter(this, void 0, void 0, function* () {
                let output = Buffer.alloc(0);
                this.message.on('data', (chunk) => {
                    output = Buffer.concat([output, chunk]);
                });
                this.message.on('end', () => {
                    resolve(output.toString());
                });
            }));
        });
    }
    readBodyBuffer() {
        return __awaiter(this, void 0, void 0, function* () {
            return new Promise((resolve) => __awaiter(this, void 0, void 0, function* () {
                const chunks = [];
                this.message.on('data', (chunk) => {
                    chunks.push(chunk);
                });
                this.message.on('end', () => {
                    resolve(Buffer.concat(chunks));
                });
            }));
        });
    }
}
function isHttps(requestUrl) {
    const parsedUrl = new URL(requestUrl);
    return parsedUrl.protocol === 'https:';
}
class HttpClient {
    constructor(userAgent, handlers, requestOptions) {
        this._ignoreSslError = false;
        this._allowRedirects = true;
        this._allowRedirectDowngrade = false;
        this._maxRedirects = 50;
        this._allowRetries = false;
        this._maxRetries = 1;
        this._keepAlive = false;
        this._disposed = false;
        this.userAgent = this._getUserAgentWithOrchestrationId(userAgent);
        this.handlers = handlers || [];
        this.requestOptions = requestOptions;
        if (requestOptions) {
            if (requestOptions.ignoreSslError != null) {
                this._ignoreSslError = requestOptions.ignoreSslError;
            }
            this._socketTimeout = requestOptions.socketTimeout;
            if (requestOptions.allowRedirects != null) {
                this._allowRedirects = requestOptions.allowRedirects;
            }
            if (requestOptions.allowRedirectDowngrade != null) {
                this._allowRedirectDowngrade = requestOptions.allowRedirectDowngrade;
            }
            if (requestOptions.maxRedirects != null) {
                this._maxRedirects = Math.max(requestOptions.maxRedirects, 0);
            }
            if (requestOptions.keepAlive != null) {
                this._keepAlive = requestOptions.keepAlive;
            }
            if (requestOptions.allowRetries != null) {
                this._allowRetries = requestOptions.allowRetries;
            }
            if (requestOptions.maxRetries != null) {
                this._maxRetries = requestOptions.maxRetries;
            }
        }
    }
    options(requestUrl, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request('OPTIONS', requestUrl, null, additionalHeaders || {});
        });
    }
    get(requestUrl, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request('GET', requestUrl, null, additionalHeaders || {});
        });
    }
    del(requestUrl, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request('DELETE', requestUrl, null, additionalHeaders || {});
        });
    }
    post(requestUrl, data, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request('POST', requestUrl, data, additionalHeaders || {});
        });
    }
    patch(requestUrl, data, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request('PATCH', requestUrl, data, additionalHeaders || {});
        });
    }
    put(requestUrl, data, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request('PUT', requestUrl, data, additionalHeaders || {});
        });
    }
    head(requestUrl, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request('HEAD', requestUrl, null, additionalHeaders || {});
        });
    }
    sendStream(verb, requestUrl, stream, additionalHeaders) {
        return __awaiter(this, void 0, void 0, function* () {
            return this.request(verb, requestUrl, stream, additionalHeaders);
        });
    }
    /**
     * Gets a typed object from an endpoint
     * Be aware that not found returns a null.  Other errors (4xx, 5xx) reject the promise
     */
    getJson(requestUrl_1) {
        return __awaiter(this, arguments, void 0, function* (requestUrl, additionalHeaders = {}) {
            additionalHeaders[Headers.Accept] = this._getExistingOrDefaultHeader(additionalHeaders, Headers.Accept, MediaTypes.ApplicationJson);
            const res = yield this.get(requestUrl, additionalHeaders);
            return this._processResponse(res, this.requestOptions);
        });
    }
    postJson(requestUrl_1, obj_1) {
        return __awaiter(this, arguments, void 0, function* (requestUrl, obj, additionalHeaders = {}) {
            const data = JSON.stringify(obj, null, 2);
            additionalHeaders[Headers.Accept] = this._getExistingOrDefaultHeader(additionalHeaders, Headers.Accept, MediaTypes.ApplicationJson);
            additionalHeaders[Headers.ContentType] =
                this._getExistingOrDefaultContentTypeHeader(additionalHeaders, MediaTypes.ApplicationJson);
            const res = yield this.post(requestUrl, data, additionalHeaders);
            return this._processResponse(res, this.requestOptions);
        });
    }
    putJson(requestUrl_1, obj_1) {
        return __awaiter(this, arguments, void 0, function* (requestUrl, obj, additionalHeaders = {}) {
            const data = JSON.stringify(obj, null, 2);
            additionalHeaders[Headers.Accept] = this._getExistingOrDefaultHeader(additionalHeaders, Headers.Accept, MediaTypes.ApplicationJson);
            additionalHeaders[Headers.ContentType] =
                this._getExistingOrDefaultContentTypeHeader(additionalHeaders, MediaTypes.ApplicationJson);
            const res = yield this.put(requestUrl, data, additionalHeaders);
            return this._processResponse(res, this.requestOptions);
        });
    }
    patchJson(requestUrl_1, obj_1) {
        return __awaiter(this, arguments, void 0, function* (requestUrl, obj, additionalHeaders = {}) {
            const data = JSON.stringify(obj, null, 2);
            additionalHeaders[Headers.Accept] = this._getExistingOrDefaultHeader(additionalHeaders, Headers.Accept, MediaTypes.ApplicationJson);
            additionalHeaders[Headers.ContentType] =
                this._getExistingOrDefaultContentTypeHeader(additionalHeaders, MediaTypes.ApplicationJson);
            const res = yield this.patch(requestUrl, data, additionalHeaders);
            return this._processResponse(res, this.requestOptions);
        });
    }
    /**
     * Makes a raw http request.
     * All other methods such as get, post, patch, and request ultimately call this.
     * Prefer get, del, post and patch
     */
    request(verb, requestUrl, data, headers) {
        return __awaiter(this, void 0, void 0, function* () {
            if (this._disposed) {
                throw new Error('Client has already been disposed.');
            }
            const parsedUrl = new URL(requestUrl);
            let info = this._prepareRequest(verb, parsedUrl, headers);
            // Only perform retries on reads since writes may not be idempotent.
            const maxTries = this._allowRetries && RetryableHttpVerbs.includes(verb)
                ? this._maxRetries + 1
                : 1;
            let numTries = 0;
            let response;
            do {
                response = yield this.requestRaw(info, data);
                // Check if it's an authentication challenge
                if (response &&
                    response.message &&
                    response.message.statusCode === HttpCodes.Unauthorized) {
                    let authenticationHandler;
                    for (const handler of this.handlers) {
                        if (handler.canHandleAuthentication(response)) {
                            authenticationHandler = handler;
                            break;
                        }
                    }
                    if (authenticationHandler) {
                        return authenticationHandler.handleAuthentication(this, info, data);
                    }
                    else {
                        // We have received an unauthorized response but have no handlers to handle it.
                        // Let the response return to the caller.
                        return response;
                    }
                }
                let redirectsRemaining = this._maxRedirects;
                while (response.message.statusCode &&
                    HttpRedirectCodes.includes(response.message.statusCode) &&
                    this._allowRedirects &&
                    redirectsRemaining > 0) {
                    const redirectUrl = response.message.headers['location'];
                    if (!redirectUrl) {
                        // if there's no location to redirect to, we won't
                        break;
                    }
                    const parsedRedirectUrl = new URL(redirectUrl);
                    if (parsedUrl.protocol === 'https:' &&
                        parsedUrl.protocol !== parsedRedirectUrl.protocol &&
                        !this._allowRedirectDowngrade) {
                        throw new Error('Redirect from HTTPS to HTTP protocol. This downgrade is not allowed for security reasons. If you want to allow this behavior, set the allowRedirectDowngrade option to true.');
                    }
                    // we need to finish reading the response before reassigning response
                    // which will leak the open socket.
                    yield response.readBody();
                    // strip authorization header if redirected to a different hostname
                    if (parsedRedirectUrl.hostname !== parsedUrl.hostname) {
                        for (const header in headers) {
                            // header names are case insensitive
                            if (header.toLowerCase() === 'authorization') {
                                delete headers[header];
                            }
                        }
                    }
                    // let's make the request with the new redirectUrl
                    info = this._prepareRequest(verb, parsedRedirectUrl, headers);
                    response = yield this.requestRaw(info, data);
                    redirectsRemaining--;
                }
                if (!response.message.statusCode ||
                    !HttpResponseRetryCodes.includes(response.message.statusCode)) {
                    // If not a retry code, return immediately instead of retrying
                    return response;
                }
                numTries += 1;
                if (numTries < maxTries) {
                    yield response.readBody();
                    yield this._performExponentialBackoff(numTries);
                }
            } while (numTries < maxTries);
            return response;
        });
    }
    /**
     * Needs to be called if keepAlive is set to true in request options.
     */
    dispose() {
        if (this._agent) {
            this._agent.destroy();
        }
        this._disposed = true;
    }
    /**
     * Raw request.
     * @param info
     * @param data
     */
    requestRaw(info, data) {
        return __awaiter(this, void 0, void 0, function* () {
            return new Promise((resolve, reject) => {
                function callbackForResult(err, res) {
                    if (err) {
                        reject(err);
                    }
                    else if (!res) {
                        // If `err` is not passed, then `res` must be passed.
                        reject(new Error('Unknown error'));
                    }
                    else {
                        resolve(res);
                    }
                }
                this.requestRawWithCallback(info, data, callbackForResult);
            });
        });
    }
    /**
     * Raw request with callback.
     * @param info
     * @param data
     * @param onResult
     */
    requestRawWithCallback(info, data, onResult) {
        if (typeof data === 'string') {
            if (!info.options.headers) {
                info.options.headers = {};
            }
            info.options.headers['Content-Length'] = Buffer.byteLength(data, 'utf8');
        }
        let callbackCalled = false;
        function handleResult(err, res) {
            if (!callbackCalled) {
                callbackCalled = true;
                onResult(err, res);
            }
        }
        const req = info.httpModule.request(info.options, (msg) => {
            const res = new HttpClientResponse(msg);
            handleResult(undefined, res);
        });
        let socket;
        req.on('socket', sock => {
            socket = sock;
        });
        // If we ever get disconnected, we want the socket to timeout eventually
        req.setTimeout(this._socketTimeout || 3 * 60000, () => {
            if (socket) {
                socket.end();
            }
            handleResult(new Error(`Request timeout: ${info.options.path}`));
        });
        req.on('error', function (err) {
            // err has statusCode property
            // res should have headers
            handleResult(err);
        });
        if (data && typeof data === 'string') {
            req.write(data, 'utf8');
        }
        if (data && typeof data !== 'string') {
            data.on('close', function () {
                req.end();
            });
            data.pipe(req);
        }
        else {
            req.end();
        }
    }
    /**
     * Gets an http agent. This function is useful when you need an http agent that handles
     * routing through a proxy server - depending upon the url and proxy environment variables.
     * @param serverUrl  The server URL where the request will be sent. For example, https://api.github.com
     */
    getAgent(serverUrl) {
        const parsedUrl = new URL(serverUrl);
        return this._getAgent(parsedUrl);
    }
    getAgentDispatcher(serverUrl) {
        const parsedUrl = new URL(serverUrl);
        const proxyUrl = getProxyUrl(parsedUrl);
        const useProxy = proxyUrl && proxyUrl.hostname;
        if (!useProxy) {
            return;
        }
        return this._getProxyAgentDispatcher(parsedUrl, proxyUrl);
    }
    _prepareRequest(method, requestUrl, headers) {
        const info = {};
        info.parsedUrl = requestUrl;
        const usingSsl = info.parsedUrl.protocol === 'https:';
        info.httpModule = usingSsl ? external_https_namespaceObject : external_http_namespaceObject;
        const defaultPort = usingSsl ? 443 : 80;
        info.options = {};
        info.options.host = info.parsedUrl.hostname;
        info.options.port = info.parsedUrl.port
            ? parseInt(info.parsedUrl.port)
            : defaultPort;
        info.options.path =
            (info.parsedUrl.pathname || '') + (info.parsedUrl.search || '');
        info.options.method = method;
        info.options.headers = this._mergeHeaders(headers);
        if (this.userAgent != null) {
            info.options.headers['user-agent'] = this.userAgent;
        }
        info.options.agent = this._getAgent(info.parsedUrl);
        // gives handlers an opportunity to participate
        if (this.handlers) {
            for (const handler of this.handlers) {
                handler.prepareRequest(info.options);
            }
        }
        return info;
    }
    _mergeHeaders(headers) {
        if (this.requestOptions && this.requestOptions.headers) {
            return Object.assign({}, lowercaseKeys(this.requestOptions.headers), lowercaseKeys(headers || {}));
        }
        return lowercaseKeys(headers || {});
    }
    /**
     * Gets an existing header value or returns a default.
     * Handles converting number header values to strings since HTTP headers must be strings.
     * Note: This returns string | string[] since some headers can have multiple values.
     * For headers that must always be a single string (like Content-Type), use the
     * specialized _getExistingOrDefaultContentTypeHeader method instead.
     */
    _getExistingOrDefaultHeader(additionalHeaders, header, _default) {
        let clientHeader;
        if (this.requestOptions && this.requestOptions.headers) {
            const headerValue = lowercaseKeys(this.requestOptions.headers)[header];
            if (headerValue) {
                clientHeader =
                    typeof headerValue === 'number' ? headerValue.toString() : headerValue;
            }
        }
        const additionalValue = additionalHeaders[header];
        if (additionalValue !== undefined) {
            return typeof additionalValue === 'number'
                ? additionalValue.toString()
                : additionalValue;
        }
        if (clientHeader !== undefined) {
            return clientHeader;
        }
        return _default;
    }
    /**
     * Specialized version of _getExistingOrDefaultHeader for Content-Type header.
     * Always returns a single string (not an array) since Content-Type should be a single value.
     * Converts arrays to comma-separated strings and numbers to strings to ensure type safety.
     * This was split from _getExistingOrDefaultHeader to provide stricter typing for callers
     * that assign the result to places expecting a string (e.g., additionalHeaders[Headers.ContentType]).
     */
    _getExistingOrDefaultContentTypeHeader(additionalHeaders, _default) {
        let clientHeader;
        if (this.requestOptions && this.requestOptions.headers) {
            const headerValue = lowercaseKeys(this.requestOptions.headers)[Headers.ContentType];
            if (headerValue) {
                if (typeof headerValue === 'number') {
                    clientHeader = String(headerValue);
                }
                else if (Array.isArray(headerValue)) {
                    clientHeader = headerValue.join(', ');
                }
                else {
                    clientHeader = headerValue;
                }
            }
        }
        const additionalValue = additionalHeaders[Headers.ContentType];
        // Return the first non-undefined value, converting numbers or arrays to strings if necessary
        if (additionalValue !== undefined) {
            if (typeof additionalValue === 'number') {
                return String(additionalValue);
            }
            else if (Array.isArray(additionalValue)) {
                return additionalValue.join(', ');
            }
            else {
                return additionalValue;
            }
        }
        if (clientHeader !== undefined) {
            return clientHeader;
        }
        return _default;
    }
    _getAgent(parsedUrl) {
        let agent;
        const proxyUrl = getProxyUrl(parsedUrl);
        const useProxy = proxyUrl && proxyUrl.hostname;
        if (this._keepAlive && useProxy) {
            agent = this._proxyAgent;
        }
        if (!useProxy) {
            agent = this._agent;
        }
        // if agent is already assigned use that agent.
        if (agent) {
            return agent;
        }
        const usingSsl = parsedUrl.protocol === 'https:';
        let maxSockets = 100;
        if (this.requestOptions) {
            maxSockets = this.requestOptions.maxSockets || external_http_.globalAgent.maxSockets;
        }
        // This is `useProxy` again, but we need to check `proxyURl` directly for TypeScripts's flow analysis.
        if (proxyUrl && proxyUrl.hostname) {
            const agentOptions = {
                maxSockets,
                keepAlive: this._keepAlive,
                proxy: Object.assign(Object.assign({}, ((proxyUrl.username || proxyUrl.password) && {
                    proxyAuth: `${proxyUrl.username}:${proxyUrl.password}`
                })), { host: proxyUrl.hostname, port: proxyUrl.port })
            };
            let tunnelAgent;
            const overHttps = proxyUrl.protocol === 'https:';
            if (usingSsl) {
                tunnelAgent = overHttps ? tunnel.httpsOverHttps : tunnel.httpsOverHttp;
            }
            else {
                tunnelAgent = overHttps ? tunnel.httpOverHttps : tunnel.httpOverHttp;
            }
            agent = tunnelAgent(agentOptions);
            this._proxyAgent = agent;
        }
        // if tunneling agent isn't assigned create a new agent
        if (!agent) {
            const options = { keepAlive: this._keepAlive, maxSockets };
            agent = usingSsl ? new external_https_.Agent(options) : new external_http_.Agent(options);
            this._agent = agent;
        }
        if (usingSsl && this._ignoreSslError) {
            // we don't want to set NODE_TLS_REJECT_UNAUTHORIZED=0 since that will affect request for entire process
            // http.RequestOptions doesn't expose a way to modify RequestOptions.agent.options
            // we have to cast it to any and change it directly
            agent.options = Object.assign(agent.options || {}, {
                rejectUnauthorized: false
            });
        }
        return agent;
    }
    _getProxyAgentDispatcher(parsedUrl, proxyUrl) {
        let proxyAgent;
        if (this._keepAlive) {
            proxyAgent = this._proxyAgentDispatcher;
        }
        // if agent is already assigned use that agent.
        if (proxyAgent) {
            return proxyAgent;
        }
        const usingSsl = parsedUrl.protocol === 'https:';
        proxyAgent = new undici.ProxyAgent(Object.assign({ uri: proxyUrl.href, pipelining: !this._keepAlive ? 0 : 1 }, ((proxyUrl.username || proxyUrl.password) && {
            token: `Basic ${Buffer.from(`${proxyUrl.username}:${proxyUrl.password}`).toString('base64')}`
        })));
        this._proxyAgentDispatcher = proxyAgent;
        if (usingSsl && this._ignoreSslError) {
            // we don't want to set NODE_TLS_REJECT_UNAUTHORIZED=0 since that will affect request for entire process
            // http.RequestOptions doesn't expose a way to modify RequestOptions.agent.options
            // we have to cast it to any and change it directly
            proxyAgent.options = Object.assign(proxyAgent.options.requestTls || {}, {
                rejectUnauthorized: false
            });
        }
        return proxyAgent;
    }
    _getUserAgentWithOrchestrationId(userAgent) {
        const baseUserAgent = userAgent || 'actions/http-client';
        const orchId = process.env['ACTIONS_ORCHESTRATION_ID'];
        if (orchId) {
            // Sanitize the orchestration ID to ensure it contains only valid characters
            // Valid characters: 0-9, a-z, _, -, .
            const sanitizedId = orchId.replace(/[^a-z0-9_.-]/gi, '_');
            return `${baseUserAgent} actions_orchestration_id/${sanitizedId}`;
        }
        return baseUserAgent;
    }
    _performExponentialBackoff(retryNumber) {
        return __awaiter(this, void 0, void 0, function* () {
            retryNumber = Math.min(ExponentialBackoffCeiling, retryNumber);
            const ms = ExponentialBackoffTimeSlice * Math.pow(2, retryNumber);
            return new Promise(resolve => setTimeout(() => resolve(), ms));
        });
    }
    _processResponse(res, options) {
        return __awaiter(this, void 0, void 0, function* () {
            return new Promise((resolve, reject) => __awaiter(this, void 0, void 0, function* () {
                const statusCode = res.message.statusCode || 0;
                const response = {
                    statusCode,
                    result: null,
                    headers: {}
                };
                // not found leads to null obj returned
                if (statusCode === HttpCodes.NotFound) {
                    resolve(response);
                }
                // get the result from the body
                function dateTimeDeserializer(key, value) {
                    if (typeof value === 'string') {
                        const a = new Date(value);
                        if (!isNaN(a.valueOf())) {
                            return a;
                        }
                    }
                    return value;
                }
                let obj;
                let contents;
                try {
                    contents = yield res.readBody();
                    if (contents && contents.length > 0) {
                        if (options && options.deserializeDates) {
                            obj = JSON.parse(contents, dateTimeDeserializer);
                        }
                        else {
                            obj = JSON.parse(contents);
                        }
                        response.result = obj;
                    }
                    response.headers = res.message.headers;
                }
                catch (err) {
                    // Invalid resource (contents not json);  leaving result obj null
                }
                // note that 3xx redirects are handled by the http layer.
                if (statusCode > 299) {
                    let msg;
                    // if exception/error in body, attempt to get better error
                    if (obj && obj.message) {
                        msg = obj.message;
                    }
                    else if (contents && contents.length > 0) {
                        // it may be the case that the exception is in the body message as string
                        msg = contents;
                    }
                    else {
                        msg = `Failed request: (${statusCode})`;
                    }
                    const err = new HttpClientError(msg, statusCode);
                    err.result = response.result;
                    reject(err);
                }
                else {
                    resolve(response);
                }
            }));
        });
    }
}
const lowercaseKeys = (obj) => Object.keys(obj).reduce((c, k) => ((c[k.toLowerCase()] = obj[k]), c), {});
//# sourceMappingURL=index.js.map

/***/ }),

/***/ 9368:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.r(__webpack_exports__);
/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   ProxyAgent: () => (/* binding */ ProxyAgent),
/* harmony export */   fetch: () => (/* binding */ fetch)
/* harmony export */ });
/**
 * What the bundle gets for `undici` (see ../bundle.mjs): npm undici, loaded on first use instead of at start-up.
 * Its importers are @actions/http-client (ProxyAgent, for getAgentDispatcher) and @actions/github (fetch, every
 * GitHub call); both copies of http-client import it, and so does @actions/core through its OIDC client, which puts
 * all 0.9 MB of it on every run's start-up path although only the GitHub calls use it.
 *
 * - fetch loads undici and calls its fetch.
 * - new ProxyAgent(options) only records the options: @actions/github passes the agent to this fetch, which makes
 *   the real ProxyAgent on first use (one per recorded agent, as the toolkit keeps one per client).
 */
const OPTIONS = Symbol('undici ProxyAgent options')
const REAL = Symbol('undici ProxyAgent')

let undici
function load() {
  undici ??= __nccwpck_require__.e(/* import() */ 752).then(__nccwpck_require__.t.bind(__nccwpck_require__, 6752, 19))
  return undici
}

class ProxyAgent {
  constructor(options) {
    this[OPTIONS] = options
  }
}

async function fetch(input, init) {
  const real = await load()
  const dispatcher = init?.dispatcher
  if (dispatcher instanceof ProxyAgent) {
    dispatcher[REAL] ??= new real.ProxyAgent(dispatcher[OPTIONS])
    return real.fetch(input, { ...init, dispatcher: dispatcher[REAL] })
  }
  return real.fetch(input, init)
}


/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(9407);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
