/**
 * The commented `pimap.yml` that `pimap init` writes. It encodes what our privacy policies state: transaction
 * records 3 years from completion, network logs 6 months, business data 3 months after the service expires,
 * everything else anonymized after the shortest period the purpose needs.
 */
export const POLICY_TEMPLATE = `# pimap policy: what the privacy policy promises, as code. Validate with: pimap scan --config pimap.yml
# Editors: the JSON Schema below gives completion and checks.
$schema: ./node_modules/pimap/schema/pimap.schema.json
version: 1

# Data stores to scan. Secrets come from the environment: \${VAR} or \${VAR:-default}.
sources:
  - id: shop
    url: postgresql://pimap_reader:\${PIMAP_SHOP_PASSWORD:-}@127.0.0.1:5432/shop
  # - id: crm
  #   url: mysql://pimap_reader:\${PIMAP_CRM_PASSWORD}@db.internal:3306/crm
  # - id: events
  #   url: mongodb://pimap_reader:\${PIMAP_MONGO_PASSWORD}@mongo.internal:27017/events
  # - id: logs
  #   url: file:/var/log/nginx/*.log*

scan:
  sampleSize: 10000          # records per table; "all" reads every row
  minConfidence: medium
  idNumberIsSensitive: true  # GB/T 35273-2020 §3.2; false follows TC260-PG-20244A / GB/T 45574-2025

# Why data is processed (PIPL Art. 13 legal bases) and which categories each purpose declares.
# Category ids: see README "Rules" and rules/categories.ts; a parent id (contact) covers its children.
purposes:
  - id: account
    description: Member registration, login and account security
    legalBasis: contract
    categories: [person.name, person.nickname, person.gender, person.birthdate, contact, account, credential, network, device]
    retention:
      duration: P3M          # business data deleted 3 months after the service expires (our policy)
      from: service_expiry
      action: delete

  - id: real_name_verification
    description: Real-name verification required by law (网络安全法 Art. 24)
    legalBasis: legal_obligation
    categories: [id.national, id.document_image, biometric.face, person.name]
    necessity: Identity verification is required by law before online services are provided
    retention:
      duration: P3Y
      from: created
      action: anonymize

  - id: order_fulfilment
    description: Selling, delivering and after-sales service of goods
    legalBasis: contract
    categories: [person.name, contact.phone, contact.address, contact.postal_code, contact.locality, financial.transaction, financial.bank_card, financial.account]
    necessity: Payment and delivery cannot be performed without the account and delivery details
    separateConsent: true    # sensitive financial data: separate consent at checkout (PIPL Art. 29)
    retention:
      duration: P3Y          # 电子商务法 Art. 31: transaction information kept >= 3 years from completion
      from: transaction_completed
      action: anonymize
      basis: 电子商务法 Art. 31

  - id: security_logs
    description: Network security logs
    legalBasis: legal_obligation
    categories: [network, device, account.username, location.gps]
    necessity: Network logs must be kept for security incident investigation
    retention:
      duration: P6M          # 网络安全法 Art. 21 (Art. 23 from 2026-01-01): network logs >= 6 months
      from: created
      action: delete
      basis: 网络安全法 Art. 21(3)

# Retention per category overrides or complements the purposes (the longest applicable period governs a record).
retention:
  - category: financial.transaction
    duration: P3Y
    from: transaction_completed
    action: anonymize
    basis: 电子商务法 Art. 31

# Which containers serve which purposes: globs on "<source id>:<container>" (schema.table, db.collection, file).
# clocks: which field starts each retention clock, when its name is not obvious (created_at, completed_at…).
mappings:
  - match: "shop:public.members"
    purposes: [account]
    clocks: { service_expiry: closed_at }
  - match: "shop:public.orders"
    purposes: [order_fulfilment]
    clocks: { transaction_completed: completed_at }
  - match: "shop:public.*_logs"
    purposes: [security_logs]

# Data under legal hold is exempt from retention findings and enforcement (PIPL Art. 47 ¶2).
legalHolds: []
#  - match: "shop:public.orders"
#    reason: litigation 2026-017
#    until: "2027-12-31"

# What the privacy policy promises about storage: findings flag plaintext values of these categories.
protection:
  encrypt: [credential.password, financial.bank_card]
  mask: []

# Children under 14 (PIPL Art. 31): set true only when guardian consent is obtained.
children:
  guardianConsent: false

# Custom rules: names, a regex, a validator (none, luhn, gb11643) and self-test examples.
rules: []
#  - id: member-card-no
#    category: account.username
#    names: [member_card_no, vip_no]
#    pattern: "VIP\\\\d{10}"
#    examples: { detect: [VIP0012345678], ignore: [VIP12] }
`
