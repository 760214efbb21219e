/**
 * The built-in rules, sorted by id. Every file in rules/ (except index.ts, categories.ts, validators/ and
 * lexicons/) must be registered here; tests/rules/index.test.ts checks it.
 */
import type { Rule } from '../src/rule/rule.js'
import { activityLog } from './activity-log.js'
import { addressBook } from './address-book.js'
import { address } from './address.js'
import { age } from './age.js'
import { bankAccount } from './bank-account.js'
import { bankCard } from './bank-card.js'
import { bio } from './bio.js'
import { birthDate } from './birth-date.js'
import { browsingHistory } from './browsing-history.js'
import { callRecord } from './call-record.js'
import { cardCvv } from './card-cvv.js'
import { cellLocation } from './cell-location.js'
import { cookie } from './cookie.js'
import { creditInfo } from './credit-info.js'
import { criminalRecord } from './criminal-record.js'
import { deviceId } from './device-id.js'
import { disability } from './disability.js'
import { driverLicense } from './driver-license.js'
import { education } from './education.js'
import { email } from './email.js'
import { ethnicity } from './ethnicity.js'
import { faceBiometric } from './face-biometric.js'
import { fingerprint } from './fingerprint.js'
import { gender } from './gender.js'
import { genetic } from './genetic.js'
import { gpsCoordinate } from './gps-coordinate.js'
import { gpsLatitude } from './gps-latitude.js'
import { gpsLongitude } from './gps-longitude.js'
import { hkid } from './hkid.js'
import { hotelStay } from './hotel-stay.js'
import { iban } from './iban.js'
import { idDocumentImage } from './id-document-image.js'
import { imei } from './imei.js'
import { ipAddress } from './ip-address.js'
import { iris } from './iris.js'
import { job } from './job.js'
import { licensePlate } from './license-plate.js'
import { locality } from './locality.js'
import { macAddress } from './mac-address.js'
import { maritalStatus } from './marital-status.js'
import { medicalRecord } from './medical-record.js'
import { messageContent } from './message-content.js'
import { messagingAccount } from './messaging-account.js'
import { militaryId } from './military-id.js'
import { minorChild } from './minor-child.js'
import { nationality } from './nationality.js'
import { nickname } from './nickname.js'
import { otherBiometric } from './other-biometric.js'
import { passport } from './passport.js'
import { password } from './password.js'
import { personName } from './person-name.js'
import { personPhoto } from './person-photo.js'
import { personnelNumber } from './personnel-number.js'
import { phoneNumber } from './phone-number.js'
import { physiology } from './physiology.js'
import { politicalStatus } from './political-status.js'
import { postalCode } from './postal-code.js'
import { prcResidentId } from './prc-resident-id.js'
import { propertyIncome } from './property-income.js'
import { relationship } from './relationship.js'
import { religion } from './religion.js'
import { residencePermit } from './residence-permit.js'
import { secretToken } from './secret-token.js'
import { securityQuestion } from './security-question.js'
import { sexualOrientation } from './sexual-orientation.js'
import { socialSecurity } from './social-security.js'
import { studentNumber } from './student-number.js'
import { taiwanId } from './taiwan-id.js'
import { trajectory } from './trajectory.js'
import { transactionRecord } from './transaction-record.js'
import { travelPermit } from './travel-permit.js'
import { travelRecord } from './travel-record.js'
import { usSsn } from './us-ssn.js'
import { uscc } from './uscc.js'
import { userAgent } from './user-agent.js'
import { username } from './username.js'
import { verificationCode } from './verification-code.js'
import { vin } from './vin.js'
import { voiceprint } from './voiceprint.js'

export const builtinRules = [
  activityLog,
  address,
  addressBook,
  age,
  bankAccount,
  bankCard,
  bio,
  birthDate,
  browsingHistory,
  callRecord,
  cardCvv,
  cellLocation,
  cookie,
  creditInfo,
  criminalRecord,
  deviceId,
  disability,
  driverLicense,
  education,
  email,
  ethnicity,
  faceBiometric,
  fingerprint,
  gender,
  genetic,
  gpsCoordinate,
  gpsLatitude,
  gpsLongitude,
  hkid,
  hotelStay,
  iban,
  idDocumentImage,
  imei,
  ipAddress,
  iris,
  job,
  licensePlate,
  locality,
  macAddress,
  maritalStatus,
  medicalRecord,
  messageContent,
  messagingAccount,
  militaryId,
  minorChild,
  nationality,
  nickname,
  otherBiometric,
  passport,
  password,
  personName,
  personPhoto,
  personnelNumber,
  phoneNumber,
  physiology,
  politicalStatus,
  postalCode,
  prcResidentId,
  propertyIncome,
  relationship,
  religion,
  residencePermit,
  secretToken,
  securityQuestion,
  sexualOrientation,
  socialSecurity,
  studentNumber,
  taiwanId,
  trajectory,
  transactionRecord,
  travelPermit,
  travelRecord,
  usSsn,
  uscc,
  userAgent,
  username,
  verificationCode,
  vin,
  voiceprint,
] as const satisfies readonly Rule[]
