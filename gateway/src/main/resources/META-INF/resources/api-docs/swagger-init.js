// The published documents the gateway serves next to this page (copied from docs/openapi by the gateway's build).
window.addEventListener('load', () => {
  window.ui = SwaggerUIBundle({
    urls: [
      { name: 'approval-service (department API)', url: '/api-docs/approval-service.yaml' },
      { name: 'intake-service', url: '/api-docs/intake-service.yaml' },
      { name: 'routing-service', url: '/api-docs/routing-service.yaml' },
      { name: 'issuance-service', url: '/api-docs/issuance-service.yaml' },
      { name: 'evaluation-service', url: '/api-docs/evaluation-service.yaml' },
      { name: 'gateway', url: '/api-docs/gateway.yaml' },
    ],
    'urls.primaryName': 'approval-service (department API)',
    dom_id: '#swagger-ui',
    deepLinking: true,
    displayOperationId: true,
    showExtensions: true,
    // no validator badge: it would load an image from swagger.io, which the page policy refuses anyway
    validatorUrl: null,
    presets: [SwaggerUIBundle.presets.apis, SwaggerUIStandalonePreset],
    layout: 'StandaloneLayout',
  })
})
