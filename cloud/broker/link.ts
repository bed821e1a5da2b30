// How the ingest reaches the fridges: messages of the topics it subscribes to come in, acks and
// commands go out (QoS 1). Two ways: an MQTT client of an external broker (mqtt-link.ts), or,
// with the embedded broker, the broker itself (EmbeddedBroker.ingestLink()).

export interface LinkHandlers {
  /** A message of a subscribed topic. Called at most once per delivery; must not throw. */
  onMessage(topic: string, payload: Buffer): void;
  /** The filters to hold after every (re)connection. */
  filters(): string[];
}

export interface BrokerLink {
  /** Connects (rejects when it cannot within its time) and subscribes to handlers.filters(). */
  start(handlers: LinkHandlers): Promise<void>;
  /** Adds filters (a district gained); retained messages of them are delivered as on a subscribe. */
  subscribe(filters: readonly string[]): Promise<void>;
  /** Drops filters (a district lost); resolves once the broker has dropped them. */
  unsubscribe(filters: readonly string[]): Promise<void>;
  /** Publishes at QoS 1, not retained; a fridge with a persistent session gets it when back. */
  publish(topic: string, payload: Buffer): void;
  readonly connected: boolean;
  /** Stops intake and publishing; resolves once what was published is handed on. */
  stop(): Promise<void>;
}
